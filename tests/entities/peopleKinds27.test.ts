import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';

// Rules written for people27 (tests/fixtures/people27) and for the known misses of earlier sessions, tried here on
// sentences of the same kinds written apart from them: a surname that jieba tags as a verb (顾, 谢, 付) after a cue, a
// page's and a feature's credit lines (several hands after one role, a padded name, a role after 本报 or a slash).

const ofReport = (content: string, type = 'person') =>
  extractReport({ path: 'r.txt', file: 'r.txt', format: 'txt', encoding: 'UTF-8', content, meta: {} })
    .entities.filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();

describe('a two-character name whose surname jieba tags as a verb (顾/v, 谢/v, 付/v)', () => {
  it('reads it after a cue where jieba knows the two characters as no word', () => {
    expect(ofReport('上海队门将顾超在比赛中扑出了一个点球。')).toEqual(['顾超']);
    expect(ofReport('画家谢明在美术馆举办了个人画展。')).toEqual(['谢明']);
  });
  it('reads no one in the words the verb opens after a kind of person', () => {
    expect(ofReport('门将顾不上防守，画家谢绝了采访。')).toEqual([]);
    expect(ofReport('顾客在商场里付款后离开。')).toEqual([]);
  });
});

describe('credit lines of a feature and a page', () => {
  it('reads a reporter and a correspondent on the line under a headline, a padded name without its space', () => {
    expect(ofReport('山村里的新课堂\n本报记者　谢丽娟　通讯员　向　东\n清晨，孩子们走进了新教室。')).toEqual(['向东', '谢丽娟']);
  });
  it('reads every hand after one role, set off by spaces', () => {
    expect(ofReport('图为村民在采摘茶叶。　摄影：王立新　次仁央金\n今年茶叶丰收。')).toEqual(['次仁央金', '王立新']);
    expect(ofReport('今年茶叶丰收。\n（本报记者　阿布都热依木·买买提　古丽巴哈尔）')).toEqual(['古丽巴哈尔', '阿布都热依木·买买提']);
  });
  it('reads a role after 本版 or after the slash of 图/', () => {
    expect(ofReport('今年茶叶丰收。\n本版编辑：蒋　芸　校对：刘海波')).toEqual(['刘海波', '蒋芸']);
    expect(ofReport('茶乡新事\n文/本报记者　宋立新　图/本报记者　周　波\n今年茶叶丰收。')).toEqual(['周波', '宋立新']);
  });
  it('reads no hands where a group after the role is a unit or a phrase', () => {
    expect(ofReport('今年茶叶丰收。\n（来源：县融媒体中心　编辑　综合办公室）')).toEqual([]);
  });
});
