import { describe, expect, it } from 'vitest';
import { keys } from '../fixtures/figures/describedFigures.ts';

// Indicators that must say whose or what the number measures, which the words next to it leave out: the deed of the places
// counted, the owner of a measure named before. Sentences of the State Council reports (../shared/corpus-wide/gwr, quoted)
// and sentences written for these tests.

describe('a count that opens its clause counts the doers of the deed after it', () => {
  it('places and bodies counted with what they did (gwr-2006, gwr-2012, gwr-2014)', () => {
    expect(keys('已有17个省（区、市）完成国有企业下岗职工基本生活保障向失业保险并轨。', 2006)).toEqual([
      ['17个', '国有企业下岗职工基本生活保障向失业保险并轨的省'],
    ]);
    expect(keys('28个省（区、市）全部免征了农业税，全国取消了牧业税。', 2006)).toEqual([['28个', '免征农业税的省']]);
    expect(keys('28个省份开展大病医疗保险试点。', 2014)).toEqual([['28个', '大病医疗保险试点的省份']]);
    expect(keys('在320个县开展新型农村社会养老保险试点，推动我国社会保障建设。', 2010)).toEqual([
      ['320个', '新型农村社会养老保险试点的县'],
    ]);
    expect(keys('今年有12家企业完成了技术改造。')).toEqual([['12家', '技术改造的企业']]);
  });

  it('the chain after such a clause still takes its scheme (gwr-2012)', () => {
    const text = '2343个县（市、区）开展新型农村社会养老保险试点，3.58亿人参保，9880万人领取养老金。';
    expect(keys(text, 2012)).toEqual([
      ['2343个', '新型农村社会养老保险试点的县'],
      ['3.58亿人', '新型农村社会养老保险试点参保'],
      ['9880万人', '领取养老金'],
    ]);
  });

  it('a count with words before it, a list of counts, or a noun after 的 keeps its noun', () => {
    expect(keys('全市建成15个示范社区。')).toEqual([['15个', '示范社区']]);
    expect(keys('28个省（区、市）、2300个县（市）已初步建立社会救助体系的基本框架。', 2006)[0]).toEqual(['28个', '省']);
  });
});

describe('people a measure reaches are counted by that measure', () => {
  it('惠及 after a clause that names the measure (gwr-2018, gwr-2006)', () => {
    expect(keys('建立困难和重度残疾人“两项补贴”制度，惠及2100多万人。', 2018)).toEqual([
      ['2100多万人', '困难和重度残疾人两项补贴制度惠及'],
    ]);
    expect(keys('新型农村合作医疗制度试点已扩大到671个县，惠及1.77亿农民。', 2006)[1]).toEqual([
      '1.77亿',
      '新型农村合作医疗制度试点惠及农民',
    ]);
  });

  it('受益 after the people, the measure before them or in the clause before (gwr-2010, gwr-2014, gwr-2012)', () => {
    expect(keys('农村饮水安全工程使6069万农民受益，新增510万沼气用户。', 2010)[0]).toEqual(['6069万', '农村饮水安全工程受益农民']);
    expect(keys('对小微企业实行税收优惠，600多万户企业受益。', 2014)).toEqual([['600多万户', '税收优惠受益企业']]);
    const raised = '连续第7年提高企业退休人员基本养老金，全年人均增加1680元，5700多万人受益。';
    expect(keys(raised, 2012)[1]).toEqual(['5700多万人', '企业退休人员基本养老金受益']);
  });

  it('a clause that frames the sentence already names it, and a count of things is no one reached', () => {
    const framed = '落实这些措施，国家财政共增加支出540多亿元，全国有8400多万人受益。';
    expect(keys(framed, 2000)[1]![1]).toBe('受益（落实这些措施）');
    expect(keys('新开工改造城镇老旧小区5.6万个，惠及近千万家庭。', 2022)).toEqual([['5.6万个', '新开工改造城镇老旧小区']]);
  });
});

describe('a measure named once before a list is every item’s', () => {
  it('招生人数 before its kinds, 在校学生人数 before their growth (gwr-1958)', () => {
    const enrolment =
      '在一九五八年，国家开办的学校，招生人数将为：高等学校十万九千人，中等专业学校十五万三千人，普通中学二百零七万六千人。';
    expect(keys(enrolment, 1958).map(([, k]) => k)).toEqual(['高等学校招生人数', '中等专业学校招生人数', '普通中学招生人数']);
    const pupils = '一九五七年的在校学生人数，比一九五六年，高等学校增长百分之九点七，普通中学增长百分之十五，小学增长百分之五点五。';
    expect(keys(pupils, 1958).map(([, k]) => k)).toEqual(['高等学校在校学生人数增长', '普通中学在校学生人数增长', '小学在校学生人数增长']);
  });

  it('kinds of what an output names share its noun only; a list with no measure before it keeps its items', () => {
    expect(keys('粮食产量，比上年，小麦增长5%，玉米增长6%。').map(([, k]) => k)).toEqual(['小麦产量增长', '玉米产量增长']);
    expect(keys('比上年，小麦增长5%，玉米增长6%。').map(([, k]) => k)).toEqual(['小麦增长', '玉米增长']);
  });
});

describe('time words are not the measure', () => {
  it('a span of years alone after figures of the sentence measures what they measure (gwr-1982, gwr-2018)', () => {
    const text = '农业总产值一九八一年比一九八○年增长百分之五点七，一九八二年预计比一九八一年增长百分之五，两年平均每年递增百分之五点三。';
    expect(keys(text, 1982).map(([, k]) => k)).toEqual(['农业总产值增长', '农业总产值增长', '农业总产值增长']);
    expect(keys('各类市场主体达到9800多万户，五年增加70%以上。', 2018).at(-1)).toEqual(['70%', '各类市场主体增长']);
  });

  it('在过去四年中 and a year’s budget are times, not what is measured (gwr-1960, gwr-1954)', () => {
    const grain =
      '全国粮食总产量，在过去四年中共增加了一千九百零五亿斤，即从一九五五年的三千四百九十六亿斤，增加到了一九五九年的五千四百零一亿斤。';
    expect(keys(grain, 1960).map(([, k]) => k)).toEqual(['粮食总产量增加', '粮食总产量', '粮食总产量']);
    const share = '经济建设费占整个财政支出的比重，也从一九五〇年的百分之二十五点五增加到一九五四年预算的百分之四十五点四。';
    expect(keys(share, 1954).map(([, k]) => k)).toEqual(['经济建设费占整个财政支出的比重', '经济建设费占整个财政支出的比重']);
  });
});

describe('a bare verb takes what it acts on', () => {
  it('a verb the segmenter missed takes its object (gwr-2016); not inside a 的 phrase (gwr-1958, gwr-1994)', () => {
    expect(keys('完善政府和社会资本合作模式，用好1800亿元引导基金，依法严格履行合同。', 2016)).toEqual([['1800亿元', '用好引导基金']]);
    expect(keys('在连续两年增长百分之十三的基础上，安排这样的速度是比较合适的。', 1994)[0]![1]).not.toContain('基础');
  });

  it('a planned deed takes the scheme the clause before names (gwr-2014)', () => {
    expect(keys('继续实施退耕还林还草，今年拟安排500万亩。', 2014)).toEqual([['500万亩', '退耕还林还草安排']]);
  });
});

describe('a count after a relative clause counts the noun the sentence counted before', () => {
  it('the parts of a total (gwr-1956) and of a count of cases (gwr-1982)', () => {
    const units = '１９５６年施工的限额以上建设单位共有９６４个，其中本年开始建设的２７１个，继续建设的６９３个。';
    expect(keys(units, 1956).map(([, k]) => k)).toEqual([
      '施工的限额以上建设单位',
      '开始建设的限额以上建设单位',
      '继续建设的限额以上建设单位',
    ]);
    const cases = '全国查处的经济违法犯罪案件从今年一月到九月共有十三万六千零二十四件，已经结案处理的四万四千六百六十三件。';
    expect(keys(cases, 1982).map(([, k]) => k)).toEqual(['查处的经济违法犯罪案件', '结案处理的经济违法犯罪案件']);
  });

  it('the noun the sentence opens with, a time word’s remnant dropped (gwr-1982)', () => {
    const text = '五年内施工的大中型建设项目，计划在一九八五年底以前全部建成的四百个，其余将转入第七个五年计划期间继续建设。';
    expect(keys(text, 1982)).toEqual([['四百个', '全部建成的大中型建设项目']]);
  });
});

describe('a measure that is only of something takes what it is of', () => {
  it('coverage after a scheme’s chain (gwr-2012)', () => {
    const text = '2343个县（市、区）开展新型农村社会养老保险试点，3.58亿人参保，9880万人领取养老金，覆盖面扩大到60％以上。';
    expect(keys(text, 2012).at(-1)).toEqual(['60％', '新型农村社会养老保险试点覆盖面']);
  });

  it('a balance that repeats the subject before it (gwr-1994); a rate of it stays keyed as written', () => {
    expect(keys('城乡居民储蓄存款大幅度增加，年末存款余额达到１４７６４亿元，增长百分之二十八。', 1994).map(([, k]) => k)).toEqual([
      '城乡居民储蓄存款余额',
      '城乡居民储蓄存款余额增长',
    ]);
    expect(keys('财政赤字有所增加，但赤字率稳定在2.1%。', 2014)).toEqual([['2.1%', '赤字率']]);
  });

  it('an abbreviation in brackets is part of the name it follows (gwr-2022)', () => {
    expect(keys('地级及以上城市细颗粒物（PM2.5）平均浓度下降9.1%。', 2022)).toEqual([['9.1%', '地级及以上城市细颗粒物平均浓度下降']]);
  });

  it('the parts of a set the clause names after 除了 (gwr-1956)', () => {
    const text = '苏联为我国设计的１５６个重要项目中，除了１７个项目已经完工投入生产以外，还有一些项目正在建设。';
    expect(keys(text, 1956)[1]).toEqual(['１７个', '完工投入生产的项目']);
  });
});

describe('a clause of its own before a share names its part whole', () => {
  it('money spent on something, 支出 read as a noun after 的 (gwr-1956, gwr-1980)', () => {
    const text = '１９５６年国家预算用在经济建设和文化教育事业的支出，共占本年支出总数的６４．９６％。';
    expect(keys(text, 1956)).toEqual([['６４．９６％', '国家预算用在经济建设和文化教育事业的支出占本年支出总数的比重']]);
    // 每人平均 makes both per-head figures (perHead; the blind audit figures-gwr-blind-1222 judged the key without it wrong).
    expect(keys('1979年农民从集体分得的收入，每人平均达到83.4元，比1978年增加了9.4元。', 1980).map(([, k]) => k)).toEqual([
      '农民人均从集体分得的收入',
      '农民人均从集体分得的收入增加',
    ]);
  });
});

describe('a pair named in the clause before a 分别 pair goes to its numbers in turn', () => {
  it('two indicators joined by 和, then 分别 after a comma (gwr-2006, gwr-1958)', () => {
    const incomes = '城镇居民人均可支配收入和农村居民人均纯收入，分别实际增长58.3%和29.2%。';
    expect(keys(incomes, 2006).map(([, k]) => k)).toEqual(['城镇居民人均可支配收入增长', '农村居民人均纯收入增长']);
    const output = '木材和水泥的产量，也将分别比一九五七年增长百分之九点四和百分之十四点五。';
    expect(keys(output, 1958).map(([, k]) => k)).toEqual(['木材产量增长', '水泥产量增长']);
  });
});

describe('a count after a rate', () => {
  it('a count after a rate counts the deed the rate is of (gwr-2004)', () => {
    expect(keys('全国普通高校毕业生就业率去年底达到83%，比上年增加60万人。', 2004)).toEqual([
      ['83%', '普通高校毕业生就业率'],
      ['60万人', '普通高校毕业生就业增加'],
    ]);
  });
});

describe('a body’s measure takes the body the clause before counted', () => {
  it('招生数 after a count of the colleges (gwr-1982)', () => {
    const text = '全国高等学校由一九八○年的六百七十五所增加到一九八二年的七百二十九所，招生数由二十八万人增加到三十一万人。';
    expect(keys(text, 1982).map(([, k]) => k)).toEqual(['高等学校', '高等学校', '高等学校招生数', '高等学校招生数']);
  });
});

describe('a reckoning of prices between a measure and its change is no indicator', () => {
  it('考虑价格下降因素, 扣除价格因素 and 剔除物价上涨因素 leave the measure its own (gwr-2000)', () => {
    expect(keys('城镇居民人均可支配收入，考虑价格下降因素比上年实际增长9．3％。', 2000)).toEqual([
      ['9．3％', '城镇居民人均可支配收入增长'],
    ]);
    expect(keys('全市职工平均工资剔除物价上涨因素增长6.2%。')).toEqual([['6.2%', '职工平均工资增长']]);
  });
});

describe('a subject opened by a relative clause is counted whole', () => {
  it('享受公费医疗待遇的国家机关工作人员和教育工作人员 (gwr-1954)', () => {
    const text =
      '一九五三年享受勞動保險待遇的職工已有四百八十餘萬人，享受公費醫療待遇的國家機關工作人員和敎育工作人員已有五百二十九萬餘人。';
    expect(keys(text, 1954).map(([, k]) => k)).toEqual(['享受劳动保险待遇的职工', '享受公费医疗待遇的国家机关工作人员和教育工作人员']);
  });
});

describe('a part named by its use or belonging is of the whole named before with 中', () => {
  it('国民收入中，用于积累的部分为…，用于消费的部分为… (gwr-1980, gwr-1958)', () => {
    expect(keys('国民收入中，用于积累的部分为1，120亿元，用于消费的部分为2，211亿元。', 1980).map(([, k]) => k)).toEqual([
      '国民收入用于积累的部分',
      '国民收入用于消费的部分',
    ]);
    const projects = '在工业建设项目中，属于中央各部的是五百六十七个，属于地方的是一百四十九个。';
    expect(keys(projects, 1958).map(([, k]) => k)).toEqual(['工业建设项目属于中央各部', '工业建设项目属于地方']);
  });
  it('not a part with a whole of its own clause, nor one after a clause of time', () => {
    expect(keys('过去五年中，用于农业的投资为500亿元。', 2000).map(([, k]) => k)).not.toContain('过去五年用于农业的投资');
  });
});

describe('a hedge between a change and its number', () => {
  it('增产了将近三十万吨 is a change, as 增产了约七十八万吨 is (gwr-1958)', () => {
    const text = '比上一年，钢增产了约七十八万吨，水泥增产了将近三十万吨；棉纱的产量，比上一年增加将近六十万件。';
    expect(keys(text, 1958).map(([, k]) => k)).toEqual(['钢增加', '水泥增加', '棉纱的产量增加']);
  });
});

describe('a part’s level in per cent under a whole named with 中 is its share', () => {
  it('在手工业总产值中，…的产值将上升到72.5%，…的产值将下降为27.5% (gwr-1956)', () => {
    const text = '在手工业总产值中，手工业生产合作社的产值将上升到７２．５％，个体手工业者的产值将下降为２７．５％。';
    expect(keys(text, 1956).map(([, k]) => k)).toEqual([
      '手工业生产合作社的产值占手工业总产值的比重',
      '个体手工业者的产值占手工业总产值的比重',
    ]);
  });
  it('not a growth rate under it', () => {
    expect(keys('各项税收中，工商税收比上年增长１４．２６％。', 1956).map(([, k]) => k)).toEqual(['工商税收增长']);
  });
});
