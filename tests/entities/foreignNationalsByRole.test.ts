import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/text/foldText.ts';
import { entitiesOf, namesOf } from './entityTestKit.ts';

const people = (s: string) => namesOf(entitiesOf(s, foldText(s)), 'person');

// Sentences of the people16 set (tests/fixtures/people16) and others written for the rule.
describe('a foreign national named after their walk of life, as after a post', () => {
  it('reads the name after a country and a role however jieba cut it (张本|智|和, 布努在/x, 金玟/z|哉)', () => {
    expect(people('日本选手张本智和与中国选手王楚钦在男单决赛中相遇。')).toEqual(['张本智和', '王楚钦']);
    expect(people('日本乒乓球选手早田希娜在女单铜牌赛中战胜韩国选手申裕斌。')).toEqual(['早田希娜', '申裕斌']);
    expect(people('摩洛哥门将布努在点球大战中扑出两个点球。')).toEqual(['布努']);
    expect(people('拜仁慕尼黑队韩国中卫金玟哉在比赛中头球破门。')).toEqual(['金玟哉']);
    expect(people('日本作家大江健三郎的遗作整理工作已经完成。')).toEqual(['大江健三郎']);
  });
  it('a reason after the name ends it (内马尔|因伤)', () => {
    expect(people('巴西前锋内马尔因伤缺席了沙特联赛的比赛。')).toEqual(['内马尔']);
  });
  it('no name where the role is followed by an act or a plural, nor after China, whose names the Chinese readings know', () => {
    expect(people('日本选手获得了三枚金牌。')).toEqual([]);
    expect(people('韩国选手们在比赛中表现出色。')).toEqual([]);
    expect(people('中国选手樊振东以4∶1战胜对手。')).toEqual(['樊振东']);
  });
});

describe('a name glued by jieba to the post before it, and Japanese family names that are nouns', () => {
  it('reads the name whose first character jieba joined to the post (美国商务部|长卢特/x|尼克)', () => {
    expect(people('日本经济产业大臣赤泽亮正与美国商务部长卢特尼克举行了电话会谈。')).toContain('卢特尼克');
  });
  it('after Japan’s post, a noun ending as Japanese family names end opens the name (森山/n|裕)', () => {
    expect(people('日本自民党干事长森山裕在记者会上表示，将推举更多年轻候选人。')).toEqual(['森山裕']);
    expect(people('日本首相官邸发表声明。')).toEqual([]);
  });
});
