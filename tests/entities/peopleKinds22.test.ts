import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { entitiesOf } from './entityTestKit.ts';

// Rules written for people22 (tests/fixtures/people22), tried here on sentences of the same kinds written apart from it:
// appointment lists set out a line an item, transcripts, features, history and culture pages, business news.

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

describe('an appointment list set out one item a line under its act', () => {
  it('reads the name opening each line, whatever jieba glued to it, up to the next heading', () => {
    const content = [
      '南平市人民代表大会常务委员会任免名单',
      '一、决定任命：',
      '司马强为南平市交通运输局局长；',
      '黄丽娟为南平市审计局局长；',
      '二、免去：',
      '欧阳建、林小燕的南平市中级人民法院审判员职务；',
      '三、其他事项',
      '本名单自通过之日起生效。',
    ].join('\n');
    expect(peopleOfReport(content)).toEqual(['司马强', '林小燕', '欧阳建', '黄丽娟']);
  });
});

describe('a transcript gives each turn a line opened by its speaker', () => {
  it('reads a speaker named only in the labels of a text with reporters’ turns', () => {
    const content = [
      '市政府新闻发布会实录',
      '主持人：各位记者，下午好。',
      '苏建文：谢谢主持人。今年全市新增就业岗位5万个。',
      '南方日报记者：请问明年有什么打算？',
      '苏建文：我们将继续加大投入。',
      '（整理：林晓东）',
    ].join('\n');
    expect(peopleOfReport(content)).toEqual(['林晓东', '苏建文']);
  });
  it('reads no form field, heading or surname with a post set off by a colon as a speaker', () => {
    const content = [
      '问：今年有哪些新举措？',
      '答：主要有三点。',
      '时间：2025年5月',
      '项目：城市更新',
      '江苏：全面推进乡村振兴',
      '王院长：我补充一点。',
    ].join('\n');
    expect(peopleOfReport(content)).toEqual([]);
  });
});

describe('a feature names its people by role, address and byline', () => {
  it('reads a reporter’s byline on a line of its own and the full name given after an address', () => {
    const content = ['大山里的守林人', '本报记者　龙晓峰', '护林员老王——王德贵，在这片林子里守了三十年。'].join('\n');
    expect(peopleOfReport(content)).toEqual(['王德贵', '龙晓峰']);
  });
  it('reads a pupil after 学生, not what a body of students has or does', () => {
    expect(people('三年级学生刘浩然在比赛中获得一等奖，学生宋文明也获了奖。')).toEqual(['刘浩然', '宋文明']);
    expect(people('学生安全教育全覆盖，学生资助金额达5亿元，学生宿舍改造完成，学生干部培训200人次。')).toEqual([]);
  });
  it('reads the people only a person is: a father, a death, an architect', () => {
    expect(people('创业二十年后，其父汪振后去世，公司由她接手。')).toEqual(['汪振后']);
    expect(people('著名建筑师马若山设计了这座图书馆。')).toEqual(['马若山']);
  });
  it('reads the administrator of a bankrupt firm', () => {
    expect(people('法院指定的管理人陈立新清点资产时发现问题。')).toEqual(['陈立新']);
  });
});

describe('people of history, letters and fiction', () => {
  it('reads a figure CC-CEDICT glosses only as a person, with no cue beside the name', () => {
    expect(people('一千多年前，杜甫困居长安，写下了许多诗篇。')).toEqual(['杜甫']);
    expect(people('西汉时，张骞乘槎入银河的传说流传久远。')).toEqual(['张骞']);
  });
  it('reads none in the name of an award, a spirit or an institute named after the person', () => {
    expect(people('她曾获得鲁迅文学奖，大力弘扬雷锋精神，推进孔子学院建设。')).toEqual([]);
  });
  it('reads the writer behind a pen name and the pen name', () => {
    expect(people('1921年，沈雁冰首次以“茅盾”为笔名发表作品。')).toEqual(['沈雁冰', '茅盾']);
  });
  it('reads the person a biography or a collection is named after, and an author right before a work', () => {
    expect(people('他最爱读《苏轼传》和《曾国藩全集》。')).toEqual(['曾国藩', '苏轼']);
    expect(people('郭沫若《女神》出版于1921年。')).toEqual(['郭沫若']);
    expect(people('高峰《关于加强管理的通知》')).toEqual([]);
  });
  it('reads a figure played in quotes, not a part named by a word', () => {
    expect(people('演员扮演“李白”与游客对诗，她饰演“穆桂英”。')).toEqual(['李白', '穆桂英']);
    expect(people('他在剧中扮演“文明”，扮演“守门人”角色。')).toEqual([]);
  });
});
