import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

const people = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

describe('a spouse named with a possessive between', () => {
  it('reads the person before 和他的妻子 or 和她的丈夫', () => {
    expect(people('杨光明和他的妻子周丽一起照顾失明的母亲。')).toEqual(['周丽', '杨光明']);
  });
});

describe('a name jieba ran into the verb of what one delivers', () => {
  it('ends the name before 作 when a report, a speech or an explanation follows', () => {
    expect(people('会议由副市长欧阳丽主持，秘书长司马俊作说明。')).toEqual(['司马俊', '欧阳丽']);
    expect(people('县长张华作报告。')).toEqual(['张华']);
  });
});
