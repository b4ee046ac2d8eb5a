import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { entitiesOf } from './entityTestKit.ts';

// Rules written for people24 (tests/fixtures/people24), tried here on sentences of the same kinds written apart from it:
// minutes and notices whose fields hold names, hospital news, credits and posts written with 为, and names jieba glued to
// the verb after them.

const people = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

const peopleOfReport = (content: string) =>
  extractReport({ path: 'r.txt', file: 'r.txt', format: 'txt', encoding: 'UTF-8', content, meta: {} })
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

describe('minutes and notices hold names in their fields', () => {
  it('reads who was absent and who kept the minutes, a padded name without its space', () => {
    const content = ['主持人：镇长　欧建华', '缺席：蓝海生（病假）、苏丽萍（外出学习）', '记录人：韦　丹'].join('\n');
    expect(peopleOfReport(content)).toEqual(['欧建华', '苏丽萍', '蓝海生', '韦丹']);
  });
  it('reads a notice’s legal representative and project leader, a surname in no list among them', () => {
    const content = ['中标人：湖南远大路桥建设有限公司', '法定代表人：龙海波　项目经理：庹建军　技术负责人：谭晓玲'].join('\n');
    expect(peopleOfReport(content)).toEqual(['庹建军', '谭晓玲', '龙海波']);
  });
  it('reads no field that holds no name', () => {
    expect(peopleOfReport('出席：各乡镇主要负责人\n负责人：办公室\n记录：会议纪要')).toEqual([]);
  });
  it('reads a panel’s members announced after a colon, each with a note of whom they stand for', () => {
    expect(people('评审小组成员：黎国强、禄俊、向晓雯（采购人代表）。')).toEqual(['向晓雯', '禄俊', '黎国强']);
  });
  it('ends a list that ends the text without a mark on its last short name', () => {
    expect(peopleOfReport('出席：王明、李华、张强')).toEqual(['张强', '李华', '王明']);
  });
});

describe('a hospital names its doctors and nurses by their ranks', () => {
  it('reads the name after a doctor’s rank, a surname in no list among them', () => {
    expect(people('骨科主任医师郇志宏、主治医师税丽娟和护士长邓秀云组成了救治小组。')).toEqual(['税丽娟', '邓秀云', '郇志宏']);
  });
  it('reads no rank that names no one', () => {
    expect(people('该院医师都参加了培训，主任医师们纷纷表示赞同，护士长会议每月召开。')).toEqual([]);
  });
});

describe('a post or a credit, then 为 and its holder', () => {
  it('reads the holder a notice or a credit names after 为', () => {
    expect(people('项目负责人为樊立新；本书的责任编辑为覃晓燕，主编为龚文彬。')).toEqual(['樊立新', '覃晓燕', '龚文彬']);
  });
  it('reads no duty or body a plan writes after a post and 为', () => {
    expect(people('书记为第一责任人，局长为组长，总经理为公司法定代表人，主任为成员。')).toEqual([]);
  });
});

describe('a name jieba glued to the verb after it', () => {
  it('reads the name before 任 and a post, 系, 育有', () => {
    expect(people('会议决定，龚丽萍任县委办公室主任，潘志坚任县应急管理局局长。')).toEqual(['潘志坚', '龚丽萍']);
    expect(people('崔德芳系退休教师，她与丈夫育有一子。老人的妻子吕桂英育有三个女儿。')).toEqual(['吕桂英', '崔德芳']);
  });
  it('reads the son named after 其子 as after any kin word', () => {
    expect(people('1938年，他与其子鲁振华一同投身抗日。')).toEqual(['鲁振华']);
  });
});

describe('a review or a feature credits its writer, a story its farmers and clerks', () => {
  it('reads the writer after 文 and a slash on a line of its own, and no slash between words', () => {
    expect(peopleOfReport('秋日读书札记\n文／龚晓岚\n这本书写的是一座小城。')).toEqual(['龚晓岚']);
    expect(peopleOfReport('本书采用中文/英文对照排版。')).toEqual([]);
  });
  it('reads the name after a farmer or herder, and no word after them', () => {
    expect(people('小说写的是牧民巴特尔和农民梁长江两家人的故事。')).toEqual(['巴特尔', '梁长江']);
    expect(people('农民收入持续增长，农民权益得到保障，农民文化生活丰富。')).toEqual([]);
  });
  it('reads the name after a clerk whose noun jieba cut in two (报账|员)', () => {
    expect(people('村报账员林春梅每月到镇里报一次账。')).toEqual(['林春梅']);
  });
});

describe('a preposition that is also a surname opens no name', () => {
  it('reads the listed names after 由, not 由 with the first', () => {
    expect(people('这项工作由王强、李明、张华负责。')).toEqual(['张华', '李明', '王强']);
  });
});
