import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf, spans } from './entityTestKit.ts';

// Bodies of the world as news names them (sentences written for these rules, and the State Council's reports where they
// name such bodies).
const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

describe('organizations of the world: parties and chambers', () => {
  it('reads a party jieba knows as an organization whatever the words inside it (社|民党), with its country', () => {
    expect(orgs('日本社民党党首表示，该党将参加选举。')).toEqual(['日本社民党']);
  });

  it('reads a party or a chamber written alone in a sentence about another country, not a kind of party', () => {
    expect(orgs('英国首相表示，保守党和工党在议会辩论中分歧明显。')).toEqual(expect.arrayContaining(['保守党', '工党']));
    expect(orgs('德国总理说，联邦参议院将审议该法案。')).toContain('联邦参议院');
    expect(orgs('英国的执政党和反对党都表示支持。')).toEqual([]);
    expect(orgs('会上，保守党人的观点受到批评。')).not.toContain('保守党');
  });

  it('reads a party named after its country’s one-character short form, not a pair of countries that share a word', () => {
    expect(orgs('代表团会见了罗社会民主主义党主席。')).toEqual(['罗社会民主主义党']);
    expect(orgs('俄共主席表示，日共代表也将出席。')).toEqual(['俄共', '日共']);
    expect(orgs('已经将原由中苏共管的铁路移交。')).toEqual([]);
  });
});

describe('organizations of the world: bodies named with their country, city or 国际', () => {
  it('reads a chamber of commerce and a naval formation after a country whole', () => {
    expect(orgs('南非中华总商会在约翰内斯堡举行庆祝活动。')).toEqual(['南非中华总商会']);
    expect(orgs('澳大利亚海军舰艇编队抵达湛江港。')).toEqual(['澳大利亚海军舰艇编队']);
  });

  it('reads an international body by 国际 and the word jieba knows, and a federation by its short name', () => {
    expect(orgs('国际扶轮社资助建设了十所乡村诊所。')).toEqual(['国际扶轮社']);
    expect(orgs('国际武联将提出申请，国际篮联表示支持。')).toEqual(['国际武联', '国际篮联']);
    expect(orgs('加强国际关联交易监管。')).toEqual([]);
  });

  it('reads a body named with its country or city that jieba glued into a word, from the place on', () => {
    expect(orgs('东京国际法学会举行了年会。')).toEqual(['东京国际法学会']);
    expect(orgs('巴基斯坦穆斯林联盟领导人发表讲话。')).toEqual(['巴基斯坦穆斯林联盟']);
    expect(orgs('这颗卫星由中国航天保险联合体承保。')).toEqual(['中国航天保险联合体']);
    expect(orgs('发展各种形式的经济联合体。')).toEqual([]);
  });

  it('reads a body’s office in a place as one body, the office (X驻Y办事处, 代表处)', () => {
    expect(orgs('泰国国家旅游局驻北京办事处举办了推介会。')).toEqual(['泰国国家旅游局驻北京办事处']);
    expect(orgs('联合国难民署驻黎巴嫩办事处负责人说。')).toEqual(['联合国难民署驻黎巴嫩办事处']);
  });

  it('reads a former minister’s ministry as his country’s, not China’s', () => {
    const es = entitiesOf('副总理会见了美国前商务部长。');
    expect(namesOf(es, 'organization')).toEqual(['美国商务部']);
    expect(spans(entity(es, 'organization', '美国商务部'))).toEqual([[6, 12, '美国前商务部']]);
  });

  it('reads a preparatory committee of a region (gwr-1964, gwr-1994)', () => {
    expect(orgs('最近，在西藏自治区筹委会第七次扩大会议上，撤销了他的职务。')).toEqual(['西藏自治区筹委会']);
  });
});

describe('organizations of the world: hotels and companies', () => {
  it('reads a hotel by its brand or place with the city before it, not a hotel of a kind', () => {
    expect(orgs('签字仪式在上海锦江饭店举行。')).toEqual(['上海锦江饭店']);
    expect(orgs('选手们入住香格里拉大酒店。')).toEqual(['香格里拉大酒店']);
    expect(orgs('代表团住在一家五星级酒店。')).toEqual([]);
  });

  it('reads a company written in full and then by its own name alone as one body', () => {
    const es = entitiesOf('可口可乐公司指责对手促销，损害了可口可乐的销售。');
    expect(namesOf(es, 'organization')).toEqual(['可口可乐公司']);
    expect(spans(entity(es, 'organization', '可口可乐公司')).map((s) => s[2])).toEqual(['可口可乐公司', '可口可乐']);
  });

  it('reads no company in one counted by 家 with no name among its words, nor a country’s stations', () => {
    expect(orgs('一家著名电脑公司买下了冠名权。')).toEqual([]);
    expect(orgs('多家中国电视台进行了现场直播。')).toEqual([]);
  });

  it('reads a team named by its sponsor before its place whole, first in its clause', () => {
    expect(orgs('康力特上海围棋女队昨天抵达成都。')).toContain('康力特上海围棋女队');
  });

  it('reads a university’s short name before a verb jieba reads whole (清华|联合)', () => {
    expect(orgs('北大与清华联合成立了研究院。')).toEqual(['北京大学', '清华']);
  });
});
