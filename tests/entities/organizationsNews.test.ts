import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf, spans } from './entityTestKit.ts';

// Bodies of news text (sentences of People's Daily news, ../shared/eval/news), which no report's home place explains.
describe('organizations: party committees in news text', () => {
  it('reads the committee a post belongs to (市委书记, 省委常委), the mention marked as a title by the report stage', () => {
    const es = entitiesOf('省委常委、市委书记纪馨芳深入十二个乡镇。');
    expect(namesOf(es, 'organization')).toEqual(['市委', '省委']);
    expect(spans(entity(es, 'organization', '市委'))).toEqual([[5, 7, '市委']]);
  });

  it('reads the committee of the report’s own city before a post as that committee', () => {
    const es = entitiesOf('中共东莞市委关于巡视整改进展情况的通报\n市委书记梁维东同志认真履行第一责任人职责。');
    expect(spans(entity(es, 'organization', '中共东莞市委'))).toEqual([
      [0, 6, '中共东莞市委'],
      [20, 22, '市委'],
    ]);
  });

  // A text spread over many provinces has no home place: its 省政府 is every province's, but 市委 in a sentence about one
  // city is that city's committee.
  const national = '广东、浙江、四川、河南和山西等地加快发展。';

  it('reads a level committee and its department in a text of no home place, but no level’s government', () => {
    const es = entitiesOf(`${national}为了改变海城的城市形象，市委、市政府决定对老城区进行改造。包括省委宣传部一名副部长在内的3名干部。`);
    expect(namesOf(es, 'organization')).toEqual(['市委', '省委宣传部']);
  });

  it('does not read a list of levels as one committee (省、市、县委)', () => {
    const es = entitiesOf(`${national}省、市、县委都要加强领导，省市县委要抓好落实。`);
    expect(namesOf(es, 'organization')).toEqual([]);
  });

  it('reads a place jieba knows but the gazetteer lacks before a level committee as the name (阿城市委)', () => {
    const es = entitiesOf('本报讯黑龙江省阿城市委确定了市、乡、村三级人才培养目标。');
    expect(namesOf(es, 'organization')).toEqual(['阿城市委']);
  });
});

describe('organizations: companies in news text', () => {
  it('reads a company before a post jieba glues to its head (劳拉|公司总裁), named by a word jieba does not know', () => {
    const es = entitiesOf('劳拉公司总裁施瓦茨24日也在华盛顿发表声明，这是他两天来第二次拒绝对他和劳拉公司的指责。');
    expect(spans(entity(es, 'organization', '劳拉公司'))).toEqual([
      [0, 4, '劳拉公司'],
      [36, 40, '劳拉公司'],
    ]);
  });

  it('reads a company jieba knows whole (可口可乐公司) and one named by an abbreviation (中航|物业|总公司)', () => {
    expect(namesOf(entitiesOf('80年代末，可口可乐公司指责法国同行利用不公平手段促销自家产品。'), 'organization')).toEqual(['可口可乐公司']);
    expect(namesOf(entitiesOf('中航物业总公司投资两千多万元人民币兴建了这座剧院。'), 'organization')).toEqual(['中航物业总公司']);
  });

  it('reads no kind of company (保险公司, 总公司, 该公司)', () => {
    const es = entitiesOf('保险公司和总公司都同意了，该公司总裁表示满意。');
    expect(namesOf(es, 'organization')).toEqual([]);
  });
});

describe('organizations: bodies named by their level, their owner or the dictionary', () => {
  it('reads a federation’s national body named by its field (联邦贸易委员会), as 国家 names one (国家经济委员会)', () => {
    const es = entitiesOf('早在1990年，联邦贸易委员会就对微软是否把操作系统和应用软件捆绑销售进行调查。');
    expect(namesOf(es, 'organization')).toEqual(['微软公司', '联邦贸易委员会']);
  });

  it('reads a body jieba knows whose head makes a word with a conjunction after it (中国作协|和, not 协和)', () => {
    expect(namesOf(entitiesOf('1、中国作协和现代文学馆负责人在巴金家中介绍。'), 'organization')).toEqual(['中国作家协会']);
    expect(namesOf(entitiesOf('铁道部门和交通部门要配合。'), 'organization')).toEqual([]);
  });

  it('reads a unit of a body whose field jieba tags as an organization word (中国人民解放军|后勤|科技开发/nt|交流中心)', () => {
    const es = entitiesOf('展览由中国人民解放军后勤科技开发交流中心、中国国际贸易中心联合主办。');
    expect(namesOf(es, 'organization')).toEqual(['中国人民解放军后勤科技开发交流中心', '中国国际贸易中心']);
  });

  it('reads a centre jieba knows by name, not a centre of a field or of a city', () => {
    expect(namesOf(entitiesOf('飞船是从美国肯尼迪航天中心发射上天的。'), 'organization')).toEqual(['美国肯尼迪航天中心']);
    expect(namesOf(entitiesOf('市中心新建了科技开发中心和政务服务中心。'), 'organization')).toEqual([]);
  });

  it('reads the Youth League’s committee of a place (共青团四川省委), not the party’s', () => {
    const es = entitiesOf('“把爱心献给每一位下岗青工”，共青团四川省委提出的这个响亮口号正在四川各地得到落实。');
    expect(namesOf(es, 'organization')).toEqual(['共青团四川省委']);
  });
});

describe('organizations: sports teams', () => {
  it('reads a team named by its place, its players and its sport (德国|男子|网|球队, 北京大宝|女子|围棋队), and its sponsor first', () => {
    expect(namesOf(entitiesOf('由网坛老将鲍里斯·贝克尔率领的德国男子网球队，昨天在杜塞尔多夫战胜对手。'), 'organization')).toEqual([
      '德国男子网球队',
    ]);
    expect(namesOf(entitiesOf('泰利特北京围棋女队原为北京大宝女子围棋队，在国内外赛场上取得过好成绩。'), 'organization')).toEqual([
      '北京大宝女子围棋队',
      '泰利特北京围棋女队',
    ]);
  });

  it('reads a club’s own name before 队 (海狮|队), not a team of what it does (登山队, 工作队)', () => {
    expect(namesOf(entitiesOf('泰山队的巴西外援卡洛斯和海狮队的巴西外援里贝罗各进一球。'), 'organization')).toContain('海狮队');
    expect(namesOf(entitiesOf('有关领导在庆功会上向中、斯登山队及登顶队员颁发了奖章，工作队也到了。'), 'organization')).toEqual([]);
  });
});

describe('organizations: bodies named in their head’s title, schools of places jieba knows', () => {
  it('reads a country’s ministry from its minister’s title with the field as a word of its own (芬兰|农林|部长)', () => {
    const es = entitiesOf('温家宝今天在京会见了来访的芬兰农林部长，挪威渔业部长也在座。');
    expect(namesOf(es, 'organization')).toEqual(['挪威渔业部', '芬兰农林部']);
    expect(spans(entity(es, 'organization', '芬兰农林部'))).toEqual([[13, 18, '芬兰农林部']]);
  });

  it('reads a paper’s office from its head’s title (澳门日报|社长), not from an editorial (社论)', () => {
    expect(namesOf(entitiesOf('澳门日报社长李成俊在开幕式上致词。'), 'organization')).toEqual(['澳门日报社']);
    expect(namesOf(entitiesOf('澳门日报社论指出，经济正在复苏。'), 'organization')).toEqual(['澳门日报']);
  });

  it('reads a school named by a place jieba knows (镇南|小学), not a stage of schooling (普及小学教育)', () => {
    expect(namesOf(entitiesOf('这里建成了有16个班、750名学生的镇南小学。'), 'organization')).toEqual(['镇南小学']);
    expect(namesOf(entitiesOf('继续普及小学教育，加强幼儿教育。'), 'organization')).toEqual([]);
  });
});

describe('organizations: a foreign legislature or cabinet written alone', () => {
  it('reads 内阁 and 国会 alone in a sentence that names a foreign country', () => {
    expect(namesOf(entitiesOf('埃及总理詹祖里最近在内阁会议上宣布，明年将增加投资。'), 'organization')).toEqual(['内阁']);
    expect(namesOf(entitiesOf('日本国会今天通过了法案，国会将于下月休会。'), 'organization')).toEqual(['国会', '日本国会']);
  });

  it('reads no form of government (议会制度), no body of no country, no part of a longer name (北大西洋|议会), no verb before it', () => {
    const es = entitiesOf('美国实行议会制度。这个内阁很快倒台了。北大西洋议会春季会议在西班牙举行。');
    expect(namesOf(es, 'organization')).not.toContain('议会');
    expect(namesOf(es, 'organization')).not.toContain('内阁');
    expect(namesOf(es, 'organization')).not.toContain('美国实行议会');
  });
});
