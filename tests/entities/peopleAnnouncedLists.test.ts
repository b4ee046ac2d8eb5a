import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

const people = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

describe('a colon after a word for people announces a list of names', () => {
  it('reads names jieba cuts into words of the language', () => {
    expect(people('获得表彰的优秀村干部有：覃海燕、龙建国、石光明、杨正华。')).toEqual(['杨正华', '石光明', '覃海燕', '龙建国']);
    expect(people('表彰对象：马建设（回族）、白玉兰、万里红。')).toEqual(['万里红', '白玉兰', '马建设']);
  });
  it('reads names of peoples written without a surname, with or without the middle dot', () => {
    expect(people('获奖名单：热依拉·阿不都拉、央金、朝鲁门、金哲洙。')).toEqual(['央金', '朝鲁门', '热依拉·阿不都拉', '金哲洙']);
  });
  it('reads no one where an item is a word, a kind of people or a body', () => {
    for (const s of [
      '重点人员：吸毒人员、刑满释放人员。',
      '服务对象：老年人、残疾人、困难群众。',
      '成员单位：发改委、财政局、住建局。',
      '主要任务有：稳增长、促改革、调结构、惠民生。',
      '帮扶对象：低保户、五保户、特困户。',
    ])
      expect(people(s)).toEqual([]);
  });
});
