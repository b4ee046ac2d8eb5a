import { describe, expect, it } from 'vitest';
import { findCampaigns } from '../../src/entities/findCampaigns.ts';

// Sports contests held under a name, as a city 体育局's summary writes them (the sixteenth held-out set, 日照), in sentences
// written for this test: the year glued to a brand, a quoted part inside the name, the edition right before the games.
const names = (text: string) => findCampaigns(text, text).map((c) => c.canonical ?? c.surface);

describe('sports contests held under a name', () => {
  it('reads a marathon after the year written into its brand, whatever its city stem is to jieba', () => {
    expect(names('成功举办2024大同马拉松，参赛选手3万人。')).toEqual(['大同马拉松']);
  });

  it('reads championships, open tournaments and matches after their year, edition or the verb that holds them', () => {
    expect(names('2022年全国赛艇锦标赛在千岛湖举办。')).toEqual(['全国赛艇锦标赛']);
    expect(names('举办2023年中国网球公开赛。')).toEqual(['中国网球公开赛']);
    expect(names('承办第三届“丝路杯”足球赛，参赛队伍16支。')).toEqual(['“丝路杯”足球赛']);
  });

  it('keeps a quoted part inside the name, with the 和 it may hold', () => {
    expect(names('县里承办浙江省“美丽乡村”排球赛，观众2万人次。')).toEqual(['浙江省“美丽乡村”排球赛']);
    expect(names('五莲县承办山东省“和美乡村”篮球赛总决赛。')).toEqual(['山东省“和美乡村”篮球赛']);
  });

  it('reads games whose edition stands right before the head, with the province holding them', () => {
    expect(names('全力备战河北省第十六届运动会。')).toEqual(['河北省第十六届运动会']);
  });

  it('reads games known by their short name after their edition or year, with the city holding them before', () => {
    expect(names('我市运动员在第十四届全运会上获得金牌3枚。')).toEqual(['全运会']);
    expect(names('参加杭州第19届亚运会的运动员5名。')).toEqual(['杭州第19届亚运会']);
    expect(names('备战2024年巴黎奥运会，入选国家队12人。')).toEqual(['巴黎奥运会']);
    expect(names('服务保障第十九届亚运会和第四届亚残运会。')).toEqual(['亚运会', '亚残运会']);
  });

  // audit22's paragraph recall sample 2222 (the State Council report of 2008) and sentences written for the rule.
  it('reads games and expos known by a short name with the city holding them right before, no verb or year needed', () => {
    expect(names('上海特奥会成功举办。北京奥运会、残奥会和上海世博会筹备工作进展顺利。')).toEqual([
      '上海特奥会',
      '北京奥运会',
      '残奥会',
      '上海世博会',
    ]);
    expect(names('体育健儿在东京奥运会上取得佳绩。')).toEqual(['东京奥运会']);
    expect(names('精心办好成都大运会、杭州亚运会。')).toEqual(['成都大运会', '杭州亚运会']);
    // The nation's own name before the games is its team, no games held.
    expect(names('中国奥运会代表团取得佳绩。')).toEqual([]);
  });

  it("reads an expo's short name (one character of its name and the head cut short) after a verb or in a list", () => {
    expect(names('成功举办进博会、广交会、服贸会及首届消博会。')).toEqual(['进博会', '广交会', '服贸会', '消博会']);
    expect(names('举办第七届花博会。')).toEqual(['花博会']);
    // 赌博 and 外交 are words of their own before 会.
    expect(names('参加赌博会被处罚。外交会谈取得成果。')).toEqual([]);
  });

  it('reads no contest named only by its sport or its scope', () => {
    expect(names('在村里举办沙滩排球邀请赛，吸引游客。')).toEqual([]);
    expect(names('获得全省中学生足球联赛冠军。')).toEqual([]);
    expect(names('组织开展全市业余篮球赛。')).toEqual([]);
  });
});
