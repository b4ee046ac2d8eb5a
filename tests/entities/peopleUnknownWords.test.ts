import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

const people = (text: string) => namesOf(entitiesOf(text), 'person');

describe('names jieba does not know, by where they stand in the sentence', () => {
  it('reads a two-character name with a frequent surname opening a clause before its act', () => {
    expect(people('1995年11月，卢亮以发展事业为由提出辞职。')).toEqual(['卢亮']);
    expect(people('在这一点上，高敏是经受考验的。')).toEqual(['高敏']);
  });
  it('reads no two-character word of report prose so placed', () => {
    expect(people('苏修攻击我国政权“不稳”。')).toEqual([]);
    expect(people('党要有一个好的作风，简除烦苛，禁察非法。')).toEqual([]);
    expect(people('大家坐到了下午4时，连饭也没有吃。')).toEqual([]);
  });
  it('reads a three-character name with a frequent surname beside 的', () => {
    expect(people('走进麦禾营镇的王发林的公司的大门。')).toEqual(['王发林']);
    expect(people('第五中学教导处的徐东辉即将成为母亲。')).toEqual(['徐东辉']);
  });
  it('reads a three-character name after a preposition or before a verb, a two-character one between a preposition and its verb', () => {
    expect(people('梁连起从王学强那里了解到村里的情况。')).toEqual(['梁连起', '王学强'].sort());
    expect(people('这是王宝庆创办的家庭服务社。')).toEqual(['王宝庆']);
    expect(people('县里决定把宋军从一个条件较好的乡镇调到这里。')).toEqual(['宋军']);
  });
  it('reads no word of report prose so placed', () => {
    expect(people('中国政府必须断绝同蒋帮的所谓外交关系。')).toEqual([]);
    expect(people('大部分人主张把钱分了，靠拿银行利息过日子。')).toEqual([]);
    expect(people('解决60万无电地区人口的用电问题，推进孟中印缅经济走廊建设。')).toEqual([]);
  });
  it('reads no cut-up term beside 的, nor one whose first character is a rarer surname used as a word', () => {
    expect(people('推进山水林田湖生态工程，支持普惠性幼儿园发展。')).toEqual([]);
    expect(people('对我国遭受自然灾害时所作的捐助表示感谢。')).toEqual([]);
    expect(people('秋天特有的清爽透明，连吹来的秋风都很清凉。')).toEqual([]);
  });
});

describe('names after a word for a kind of person ending in 人', () => {
  it('reads the name-shaped word right after such a word', () => {
    expect(people('智残人刘斌和肢残人蔡菁就是其中的一对。')).toEqual(['刘斌', '蔡菁']);
    expect(people('他是全国青年星火带头人徐少华。')).toEqual(['徐少华']);
  });
  it('reads no name after a word for anyone or oneself, nor a word that is no name', () => {
    expect(people('个人所得税起征点提高，本人签字后生效。')).toEqual([]);
    expect(people('工人福利有了很大改善。')).toEqual([]);
  });
});

describe('a scorer, and the author of a quotation', () => {
  it('reads a player before what a player does to score', () => {
    expect(people('有心无力的客队只靠高峰扳回一球。')).toEqual(['高峰']);
  });
  it('reads the author named in brackets right after a quotation, and no bracketed note', () => {
    expect(people('科学是“为这种研究提供观点和方法”（恩格斯）。')).toEqual(['恩格斯']);
    expect(people('允许“放开”（指恢复个体经济），又说“参照”（参照系）。')).toEqual([]);
  });
});

describe('whom only a person marries, and whose home it is', () => {
  it('reads the name after 嫁给, and a name jieba files as a place before 家中', () => {
    expect(people('偏就有个不怕穷的姑娘嫁给了刘杰。')).toEqual(['刘杰']);
    expect(people('文学馆负责人在巴金家中介绍新馆设计模型。')).toEqual(['巴金']);
  });
  it('reads no place before 家中', () => {
    expect(people('他在北京家中接受了采访。')).toEqual([]);
  });
});

describe('a foreign name jieba cut in two', () => {
  it('joins two transliterated names one syllable apart', () => {
    expect(people('二是总统新闻秘书亚斯特任布斯基宣布，总统深信局势稳定。')).toEqual(['亚斯特任布斯基']);
  });
  it('joins no two names a word joins or a verb stands between', () => {
    expect(people('总统克林顿和叶利钦会谈。')).toEqual(['克林顿', '叶利钦']);
    expect(people('总统克林顿是叶利钦总统的朋友。')).toEqual(['克林顿', '叶利钦']);
    expect(people('总统克林顿对叶利钦说，会谈很成功。')).toEqual(['克林顿', '叶利钦']);
  });
});
