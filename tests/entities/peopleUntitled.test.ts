import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf, spans } from './entityTestKit.ts';

const people = (text: string) => namesOf(entitiesOf(text), 'person');

describe('Chinese names without a post', () => {
  it('reads a name jieba knows, alone', () => {
    expect(people('胡锦涛强调，要加强团结。')).toEqual(['胡锦涛']);
  });
  it('reads a name by a word that goes with people after it or before it', () => {
    expect(people('会上，李国华说，今年的任务很重。')).toEqual(['李国华']);
    expect(people('记者张明华报道：全省春耕进展顺利。')).toEqual(['张明华']);
    expect(people('会议由刘德胜主持。')).toEqual(['刘德胜']);
    expect(people('王建国、李秀英等同志参加了会议。')).toEqual(['李秀英', '王建国']);
  });
  it('reads the reporter of a byline whatever tag jieba gives the name, and no manner of reporting', () => {
    expect(people('本报北京5月25日电记者江建国报道：网坛老将再度夺冠。')).toEqual(['江建国']);
    expect(people('本报保定五月十五日电记者许立群报道。')).toEqual(['许立群']);
    expect(people('记者现场报道。记者连续报道。记者深入报道。')).toEqual([]);
  });
  it('reads bylines listed together: the role beside each name outweighs the list', () => {
    expect(people('本报讯新华社记者王俊璞、本报记者刘小明报道。')).toEqual(['刘小明', '王俊璞']);
  });
  it('reads a name whose act follows after an adverb or a time word', () => {
    expect(people('米尔斯还介绍说，垃圾要分类投放。')).toEqual(['米尔斯']);
    expect(people('会后，李国华当天表示，任务很重。')).toEqual(['李国华']);
  });
  it('reads the person a sentence or a sanction falls on, a name jieba files as another proper noun too', () => {
    expect(people('海口市中级人民法院以受贿罪判处辛业江有期徒刑5年。')).toEqual(['辛业江']);
    expect(people('给予王建军开除党籍处分。')).toEqual(['王建军']);
    expect(people('市林业公安部门根据举报将邹志堂抓获。')).toEqual(['邹志堂']);
  });
  it('reads the last character that jieba split off (赵国|钧少将)', () => {
    expect(people('副参谋长赵国钧少将出席。')).toEqual(['赵国钧']);
  });
  it('reads names listed together', () => {
    expect(people('粉碎了王洪文、张春桥、江青、姚文元“四人帮”。')).toEqual(['姚文元', '张春桥', '江青', '王洪文']);
  });
  it('reads the founder in a doctrine named after him, and a poet before 所说', () => {
    const es = entitiesOf('学习邓小平理论和毛泽东思想。正如诗人李白所说的“蜀道之难”。');
    expect(namesOf(es, 'person')).toEqual(['李白', '毛泽东', '邓小平']);
    expect(spans(entity(es, 'person', '邓小平'))).toEqual([[2, 5, '邓小平']]);
  });
});

describe('Japanese names', () => {
  it('reads a common Japanese surname and the given name jieba read with it, beside a word that goes with people', () => {
    expect(people('日本首相桥本龙太郎今天在东京说。')).toEqual(['桥本龙太郎']);
    expect(people('日本队教练冈田武史说，很遗憾没进球。')).toEqual(['冈田武史']);
  });
  it('reads the surname alone before a post or a form of address', () => {
    expect(people('桥本首相兑现了承诺。')).toEqual(['桥本']);
    expect(people('佐藤先生说。')).toEqual(['佐藤']);
  });
  it('reads no Japanese surname without a cue', () => {
    expect(people('小林和山本都是常见的地名。')).toEqual([]);
  });
});

describe('foreign names', () => {
  it('reads a name joined by a middle dot, whole', () => {
    expect(people('美国前国务卿马德琳·奥尔布赖特在会上表示，')).toEqual(['马德琳·奥尔布赖特']);
  });
  it('reads a name before a post of a person, and a country before one stays a place (gwr-1984, gwr-1988)', () => {
    expect(people('里根总统访问了我国。')).toEqual(['里根']);
    expect(people('西哈努克亲王多次访华。')).toEqual(['西哈努克']);
    expect(people('巴西总统表示欢迎。')).toEqual([]);
  });
  it('reads a name after a role or before a speech verb', () => {
    expect(people('法国总统希拉克说，两国关系良好。')).toEqual(['希拉克']);
    expect(people('球队教练米卢今天宣布了名单。')).toEqual(['米卢']);
  });
});

// Words of the State Council's government work reports (corpus-wide/gwr) that a name rule must not take for people.
describe('no person in ordinary words', () => {
  it('takes no verb or adjective after a post for a name (周总理强调说, 周总理强烈谴责)', () => {
    // 周总理 itself names a person (a surname and a top post: surnamePosts.ts); nothing after it is a name.
    expect(people('周总理强调说，要团结。周总理强烈谴责侵略行为。')).toEqual(['周总理']);
  });
  it('takes no fragment that jieba guessed for a name', () => {
    expect(people('加强师德师风建设，实施普惠性支持政策，增强人民群众的幸福感、安全感。')).toEqual([]);
    expect(people('提高领导干部廉政意识，改变职工干多干少一个样的状况。')).toEqual([]);
    expect(people('修订《教师师德失范行为处理办法》，开展师德师风专题教育。')).toEqual([]);
  });
  it('takes no place or thing listed with others for a name', () => {
    expect(people('正在准噶尔、柴达木、塔里木等盆地勘探。')).toEqual([]);
    expect(people('我国石墨、石膏、高岭土等非金属矿资源丰富。')).toEqual([]);
    expect(people('首先开发霍林河、伊敏河、平朔、元宝山等五大露天矿。')).toEqual([]);
  });
  it('takes no foreign city for a name', () => {
    expect(people('本报德国慕尼黑5月21日电')).toEqual([]);
    expect(people('他在莫斯科会见了代表团。')).toEqual([]);
  });
});

describe('people: foreign names beside a foreign post', () => {
  it('reads a name after 国务卿 and before 副总统', () => {
    const es = entitiesOf('美国国务卿奥尔布赖特21日在此间透露。在德班，姆贝基副总统发表讲话。');
    expect(namesOf(es, 'person')).toEqual(['奥尔布赖特', '姆贝基'].sort());
  });
});
