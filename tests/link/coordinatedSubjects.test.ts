import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

// Found on the fourth held-out set (a 纪委监委 全会 report), tested on sentences written for the test.
describe('linkReport: coordinated subjects before a list of examples', () => {
  it('links the figures to both teams of 第一巡察组、第二巡察组 opening the clause, not to the listed towns', () => {
    const text = '县委第一巡察组、第二巡察组完成对城关镇、河西乡等7个党组织的巡察，发现问题86个。';
    const entities = [
      makeEntity('organization', '县委第一巡察组', text),
      makeEntity('organization', '第二巡察组', text),
      makeEntity('place', '城关镇', text),
      makeEntity('place', '河西乡', text),
    ];
    expect(figureLinks(text, entities)).toEqual([
      ['7个', ['县委第一巡察组', '第二巡察组']],
      ['86个', ['县委第一巡察组', '第二巡察组']],
    ]);
  });

  it('still reads a list of examples whose members are joined by 、 (城关镇、河西乡等7个)', () => {
    const text = '对城关镇、河西乡等7个乡镇开展督导。';
    const entities = [makeEntity('place', '城关镇', text), makeEntity('place', '河西乡', text)];
    expect(figureLinks(text, entities)).toEqual([['7个', []]]);
  });
});

describe('linkReport: a clause opening on working together with a body', () => {
  it('links the figure of the joint work to the body after 会同 (三是会同县医保局开展…，追回…)', () => {
    const text = '三是会同县医保局开展定点医疗机构专项检查，追回医保基金86万元。';
    expect(figureLinks(text, [makeEntity('organization', '县医保局', text)])).toEqual([['86万元', ['县医保局']]]);
  });
});
