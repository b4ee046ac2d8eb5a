import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

const people = (text: string) => namesOf(entitiesOf(text), 'person');

// Sentences written for these rules (people12), and one of the news set's even half (郑全军, news-dev-14).
describe('a subject jieba cut into a surname and a word, who speaks or acts', () => {
  it('reads the surname and the word after it before speech or an adverb and a verb', () => {
    expect(people('周立新表示，公司将继续加大研发投入。')).toEqual(['周立新']);
    expect(people('贺长青随即安排工作组进驻现场。')).toEqual(['贺长青']);
    expect(people('郑全军又安排行政村为刘家解决3000元贷款。')).toEqual(['郑全军']);
  });
  it('leaves words of the language, and a surname with a post or a form of address, as they are', () => {
    expect(people('高质量发展又迈出新步伐。严格执法随即展开。全军又开展了大练兵。')).toEqual([]);
    expect(people('胡同又热闹起来。黄金周又来了。宋代又出现了新的变化。')).toEqual([]);
    expect(people('刘老师表示，孩子们进步很大。')).toEqual([]);
  });
});

describe('a personal name before a title of a monarch’s house', () => {
  it('reads an emperor, an empress and a dowager by the given name before the title', () => {
    expect(people('德仁天皇和雅子皇后在皇居接见了各国使节。')).toEqual(['德仁', '雅子']);
    expect(people('渐渐地，女王和明仁天皇乘坐的马车进入了人们的视线。')).toEqual(['明仁']);
    expect(people('美智子皇后访问了孤儿院。慈禧太后垂帘听政。')).toEqual(['慈禧', '美智子']);
  });
  it('leaves a country, a kind or a time of monarch alone', () => {
    expect(people('日本天皇和皇后出席了仪式。历代天皇的陵墓。这位皇后很受欢迎。')).toEqual([]);
  });
});

describe('a surname that is more often a word, read after a post where jieba glued it to the given name', () => {
  it('reads 和 as a surname in 局长和丽华/x, not the conjunction between two posts', () => {
    expect(people('局长和丽华在会上作了工作报告。')).toEqual(['和丽华']);
    expect(people('局长和副局长分别就有关问题作了说明。')).toEqual([]);
  });
});

describe('a two-character name of a rare surname right after a role', () => {
  it('reads it after a deputy, an artist, a team-mate and a head of a region', () => {
    expect(people('全国人大代表仝新在分组审议时建议加强基层医疗服务。')).toEqual(['仝新']);
    expect(people('钢琴家郎朗在维也纳金色大厅举办独奏音乐会。')).toEqual(['郎朗']);
    expect(people('孙颖莎以4比2战胜队友王曼昱，获得女单冠军。')).toEqual(['孙颖莎', '王曼昱']);
    expect(people('澳门特区行政长官岑浩辉在施政报告中提出多项措施。')).toEqual(['岑浩辉']);
  });
  it('leaves a word after a role whose first character jieba holds as no name alone (教师|师德)', () => {
    expect(people('修订《教师师德失范行为处理办法》，开展师德师风专题教育。')).toEqual([]);
  });
});

describe('a foreign name whose last character jieba glued to the word of meeting after it', () => {
  it('ends the name after that character (黄循|财会|见 is 黄循财 会见)', () => {
    expect(people('新加坡总理黄循财会见了来访的中国客人。')).toEqual(['黄循财']);
  });
});

describe('a name jieba read as one unknown word with the function word after it, opening a clause', () => {
  it('ends the name before the function word (徐虎为/x|居民)', () => {
    expect(people('徐虎为居民修好了水管。')).toEqual(['徐虎']);
  });
  it('reads a given name jieba takes for a place after a surname it reads as one (庞/nr|卫国/ns|表示)', () => {
    expect(people('庞卫国表示，他将继续努力。')).toEqual(['庞卫国']);
  });
});

describe('a list of two-character names closed by 和', () => {
  it('reads three names of as many surnames, each ending before the conjunction', () => {
    expect(people('获得一等奖的有王强、李明和赵刚。')).toEqual(['李明', '王强', '赵刚']);
  });
  it('leaves a slogan’s terms that repeat their first character, and keeps a given name’s last character jieba tags a preposition', () => {
    expect(people('要严查、严管和严惩违法行为。')).toEqual([]);
    expect(people('慰问一等功臣贺德明和二级战斗英雄尹长根，为他们送去慰问金。')).toEqual(['尹长根', '贺德明']);
  });
});

describe('a surname and a given name jieba tags as name parts, between a preposition and a verb or 等', () => {
  it('reads the pair as one name (与/p|刘/zg|海涛/nr|交谈, 与/p|谭/zg|振华/nz|等)', () => {
    expect(people('记者与刘海涛交谈时了解到。')).toEqual(['刘海涛']);
    expect(people('副省长与谭振华等企业家进行了座谈。')).toEqual(['谭振华']);
  });
});
