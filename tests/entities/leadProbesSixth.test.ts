import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences of the lead's probe reports of the sixth session (a Tibetan county government, a city emergency management bureau), written for the case.

const people = (text: string) => namesOf(entitiesOf(text), 'person');
const places = (text: string) => namesOf(entitiesOf(text), 'place');

// Sentences of a Tibetan county government's work report, written for the case (a lead's probe).
describe('Tibetan names, which have no surname', () => {
  it('reads the byline of a county head, a name of two Tibetan words after a post and a run of spaces', () => {
    expect(people('2024年林周县人民政府工作报告\n\n县长  次仁多吉\n\n各位代表：')).toEqual(['次仁多吉']);
  });
  it('reads a Tibetan name after a kind of person and the Chinese name listed with it', () => {
    expect(people('北京援藏医疗队专家普布扎西、王立新坐诊接诊患者3400人次。').sort()).toEqual(['普布扎西', '王立新'].sort());
  });
  it('reads Tibetan names in Amdo and Kham forms and beside a post after the name', () => {
    expect(people('才让卓玛副县长主持会议，泽仁旺姆同志参加。').sort()).toEqual(['才让卓玛', '泽仁旺姆'].sort());
  });
  it('reads no name where the same words name a county or a monastery', () => {
    expect(people('尼玛县、白玛寺和达瓦乡的群众。')).toEqual([]);
    expect(places('尼玛县的牧民搬迁到拉萨市。')).toContain('尼玛县');
  });
});

describe('a village right after its township, and a company named with 之', () => {
  it('reads a village whose unknown name starts with a character that is elsewhere a verb (达), right after its township', () => {
    expect(places('旁多乡达嘎村被评为自治区级乡村振兴示范村。')).toContain('达嘎村');
    expect(places('全年粮食产量达到4万吨。')).toEqual([]);
  });
  it('reads a company whose name joins two words with the literary 之 (高原之宝, 江南之星) whole, and no place inside it', () => {
    const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');
    expect(orgs('引进西藏高原之宝牦牛乳业股份有限公司，投资1.2亿元建设乳制品加工厂。')).toEqual(['西藏高原之宝牦牛乳业股份有限公司']);
    expect(places('引进西藏高原之宝牦牛乳业股份有限公司，投资1.2亿元建设乳制品加工厂。')).toEqual([]);
    expect(orgs('江南之星食品有限公司年产值3亿元。')).toEqual(['江南之星食品有限公司']);
    expect(orgs('全省三分之二以上的国有企业完成改制，企业之间的合作公司化运作。')).toEqual([]);
  });
});

// Sentences of a city emergency management bureau's work summary, written for the case (a lead's probe).
describe('a company named by its province and city short forms', () => {
  it('keeps a city jieba reads as a two-character name (常德/nr) whole: 常 is no adverb inside it', () => {
    const text =
      '常德市应急管理局2023年工作总结\n\n石门县壶瓶山镇、澧县城头山镇等地遭受山洪灾害。' +
      '对湖南常德金鹏印务有限公司、桃源县漳江镇鑫达烟花爆竹批发部等37家企业实施行政处罚，罚没款286.5万元。';
    const orgs = namesOf(entitiesOf(text), 'organization');
    expect(orgs).toContain('湖南常德金鹏印务有限公司');
    expect(orgs).toContain('桃源县漳江镇鑫达烟花爆竹批发部');
    expect(places(text)).not.toContain('湖南省');
  });
});

describe("a level's law-enforcement corps and standing committees", () => {
  const report = (s: string) => `常德市应急管理局2023年工作总结\n\n2023年，市应急管理局全力防范化解重大安全风险。${s}`;
  const orgs = (s: string) => namesOf(entitiesOf(report(s)), 'organization');
  it('reads a corps whose name holds the work it does (综合行政执法), up to twelve characters before 支队', () => {
    expect(orgs('市应急管理综合行政执法支队全年立案查处违法行为214起。')).toContain('常德市应急管理综合行政执法支队');
    expect(orgs('市生态环境保护综合行政执法支队开展执法检查。')).toContain('常德市生态环境保护综合行政执法支队');
  });
  it('reads a standing committee by its short name after a level word (省安委会)', () => {
    expect(orgs('津市市、汉寿县分别被省安委会约谈提醒。')).toContain('湖南省安委会');
  });
  it('reads no department out of a verb phrase after a level word', () => {
    expect(orgs('市里加强执法检查，严格管理支队伍建设。').filter((o) => o.includes('支队'))).toEqual([]);
  });
});

// Sentences of a city culture and tourism bureau's work summary, written for the case (a lead's probe).
describe('colleges named by their place, known groups, and area nouns after a guessed name', () => {
  const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');
  it('reads a college a place names (黄山学院, 安徽医学院) though no university is named, and no college named by a country', () => {
    expect(orgs('徽州文书研究中心在黄山学院挂牌成立。')).toContain('黄山学院');
    expect(orgs('安徽医学院毕业生。')).toEqual(['安徽医学院']);
    expect(orgs('开办行政学院，形成中国学院派风格。')).toEqual([]);
  });
  it('reads a group jieba knows as an organization by its short name (华侨城集团, 万达集团), not a kind or a clique', () => {
    expect(orgs('引进华侨城集团、万达集团投资徽州古城保护开发项目。').sort()).toEqual(['万达集团', '华侨城集团'].sort());
    expect(orgs('推动上市公司高质量发展，组建外贸公司和企业集团。')).toEqual([]);
  });
  it('reads no place out of an area noun after a word jieba merely guessed to be a name (智慧/nr|景区)', () => {
    expect(places('西递宏村景区、齐云山风景区完成智慧景区改造。')).not.toContain('智慧景区');
    expect(places('重点抓好西藏和四省藏区、新疆经济社会发展。')).toContain('四省藏区');
  });
});

describe('people named by the role a report gives them', () => {
  it('reads a bearer of an intangible heritage craft after 传承人, where jieba glued 人 to the name (传承|人方见/x|尘)', () => {
    expect(people('歙砚制作技艺传承人方见尘、徽墨制作技艺传承人项德胜获评“安徽工匠”。').sort()).toEqual(['方见尘', '项德胜'].sort());
  });
  it("reads a company's legal representative before 被, and no anonymized name", () => {
    expect(people('公司负责人王建国、法定代表人李红梅被立案调查。').sort()).toEqual(['李红梅', '王建国'].sort());
    expect(people('实际控制人张某某逃逸。')).toEqual([]);
  });
});

// Sentences of a provincial high court's work report, written for the case (a lead's probe).
describe('courts named with their city and district, and criminal groups', () => {
  const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');
  it('reads a district court named with its city as one body, as it is written', () => {
    expect(orgs('六盘水市钟山区人民法院法官王晓燕被授予“全国模范法官”称号。')).toEqual(['六盘水市钟山区人民法院']);
  });
  it('keeps a province, or a county before its township, outside the body named after them', () => {
    expect(orgs('山西省昔阳县大寨大队的典型经验。')).toEqual(['昔阳县大寨大队']);
  });
  it('reads no body out of a criminal group counted or left unnamed', () => {
    expect(orgs('依法审理遵义市罗某等12人恶势力犯罪集团案。')).toEqual([]);
  });
});

// A sentence of a city civil affairs bureau's work summary, written for the case (a lead's probe).
describe('a village named like a city, after its township', () => {
  it('reads the village 江门村 of 安陲乡, not the city 江门市', () => {
    const text = '融水苗族自治县安陲乡江门村被评为全国民主法治示范村。';
    expect(places(text)).toContain('江门村');
    expect(places(text)).not.toContain('江门市');
  });
  it('still reads a city by its short name where no township stands before it', () => {
    expect(places('江门市、佛山市两地合作。江门村镇银行开业。')).toContain('江门市');
  });
});

describe('a name jieba glued to the function word after it', () => {
  it('reads 吴伟 out of 吴伟因/x before 严重违纪违法', () => {
    expect(people('市第一人民医院党委书记、院长吴伟因严重违纪违法被开除党籍。')).toEqual(['吴伟']);
    expect(people('区财政局原副局长吴伟因严重违纪违法被开除党籍。')).toEqual(['吴伟']);
  });
});

// Sentences of a village's work report, written for the case (a lead's probe).
describe("a village's own report", () => {
  it('reads the village whose unknown name opens with a word of position (下|姜村/x) where the report names it again', () => {
    const text = '下姜村2023年村务工作报告\n\n各位村民代表：\n\n下姜村被评为全国乡村治理示范村。严格执行《下姜村村规民约》。';
    expect(places(text)).toContain('下姜村');
  });
  it('reads no village out of a verb of aim before 村 (力争村集体经济收入…), nor out of a word repeated before 镇 (规范镇…)', () => {
    expect(places('2024年，力争村集体经济收入突破200万元。')).toEqual([]);
    expect(places('完善村规民约，规范镇村两级管理，规范镇属企业经营。')).toEqual([]);
  });
});
