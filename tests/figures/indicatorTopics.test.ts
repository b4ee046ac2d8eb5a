import { describe, expect, it } from 'vitest';
import { bareVerb } from '../../src/figures/indicators/clauseTopic.ts';
import { keys } from '../fixtures/figures/describedFigures.ts';

// A clause that leaves out what the clause before it named (a topic chain): the figure's own words are a bare verb
// (参保, 再转, 招生) and the topic is read from the sentence. Sentences of the State Council reports
// (../shared/corpus-wide/gwr, quoted) and sentences written for these tests.

describe('a bare verb takes the topic its clause chain left unsaid', () => {
  it('the scheme a counted noun’s clause runs (gwr-2012)', () => {
    const text = '2343个县（市、区）开展新型农村社会养老保险试点，3.58亿人参保，9880万人领取养老金，覆盖面扩大到60％以上。';
    expect(keys(text, 2012).slice(1, 2)).toEqual([['3.58亿人', '新型农村社会养老保险试点参保']]);
    expect(keys('300个县开展长期护理保险试点，1200万人参保。').at(-1)).toEqual(['1200万人', '长期护理保险试点参保']);
  });

  it('a deed said again with 再 or 先 is the deed said before (gwr-1998, gwr-2024)', () => {
    expect(keys('继续把“拨改贷”和基本建设经营性基金转为国家资本金，今年再转500亿元。', 1998)).toEqual([
      ['500亿元', '拨改贷和基本建设经营性基金转为国家资本金'],
    ]);
    const bonds = '从今年开始拟连续几年发行超长期特别国债，专项用于国家重大战略实施和重点领域安全能力建设，今年先发行1万亿元。';
    expect(keys(bonds, 2024)).toEqual([['1万亿元', '发行超长期特别国债']]);
    expect(keys('今年计划改造农村危房300万户，上半年先改造120万户。').at(-1)).toEqual(['120万户', '改造农村危房']);
  });

  it('the school of a chain of counts (gwr-1956)', () => {
    expect(keys('全国设立的工人技术学校将达１９２所，招生９．７万人，毕业２．７万人。', 1956).map(([, k]) => k)).toEqual([
      '设立的工人技术学校',
      '工人技术学校招生',
      '工人技术学校毕业',
    ]);
    const schools =
      '小学校新招生２，３００万人，毕业１，３８０万人，在校学生达到６，２００万人以上，比上年增长１７％；' +
      '普通中学（包括高中和初中）新招生２１３．７万人，毕业学生９７．６万人。';
    expect(keys(schools, 1956).map(([, k]) => k)).toEqual([
      '小学校新招生',
      '小学校毕业',
      '小学校在校学生',
      '小学校在校学生增长',
      '普通中学新招生',
      '普通中学毕业学生',
    ]);
  });

  it('a clause of a noun alone before the figure’s clause (gwr-1958)', () => {
    expect(keys('一九五八年的职工工资总额，计划安排为一百五十八亿元，比上一年增加五亿五千万元。', 1958)).toEqual([
      ['一百五十八亿元', '职工工资总额安排'],
      ['五亿五千万元', '职工工资总额安排增加'],
    ]);
  });

  it('leaves a deed of its own alone: parallel deeds, parts of a total, scope words, durations', () => {
    expect(keys('全市纪检监察机关共受理信访举报1234件，立案567件，结案560件。').map(([, k]) => k)).toEqual([
      '纪检监察机关共受理信访举报',
      '立案',
      '结案',
    ]);
    const trade = '全年货物进出口总额3.64万亿美元，增长22.5％，其中，出口增长20.3％，进口增长24.9％，贸易顺差进一步下降。';
    expect(keys(trade, 2012).map(([, k]) => k)).toEqual(['货物进出口总额', '货物进出口总额增长', '出口增长', '进口增长']);
    // The scope word 全国 is no topic; the clause that refers back (落实这些措施) is kept with the deed (indicatorReferences).
    expect(keys('落实这些措施，国家财政共增加支出540多亿元，全国有8400多万人受益。', 2000).at(-1)).toEqual([
      '8400多万人',
      '受益（落实这些措施）',
    ]);
    expect(keys('全国有8400多万人受益。', 2000).at(-1)).toEqual(['8400多万人', '受益']);
    expect(keys('世界公路交通事故共造成3000万人丧生。').at(-1)).toEqual(['3000万人', '丧生']);
    expect(keys('国家财政对少数民族地区公路投资５，２５０多万元，教育支出８，４００多万元。', 1955).at(-1)).toEqual([
      '８，４００多万元',
      '教育支出',
    ]);
  });

  it('bareVerb: one verb after its adverbs, no noun', () => {
    expect(['参保', '再转', '先发行', '新招生', '都只征收'].map(bareVerb)).toEqual([true, true, true, true, true]);
    expect(['教育支出', '直接投资', '国内生产总值', '立案查处违反“四风”问题案件'].map(bareVerb)).toEqual([false, false, false, false]);
  });
});

describe('words of change and rate the readers missed', () => {
  it('增产 and 减产 are changes of output (gwr-2006, gwr-1958)', () => {
    expect(keys('粮食总产量在上年大幅度增长的基础上，又增产291亿斤，达到9680亿斤。', 2006)).toEqual([
      ['291亿斤', '粮食总产量增加'],
      ['9680亿斤', '粮食总产量'],
    ]);
    expect(keys('生铁增产了一百零八万吨，钢增产了约七十八万吨。', 1958)).toEqual([
      ['一百零八万吨', '生铁增加'],
      ['七十八万吨', '钢增加'],
    ]);
    expect(keys('受旱灾影响，小麦减产120万吨。').at(-1)).toEqual(['120万吨', '小麦减少']);
  });

  it('a noun of one character keeps its change (gwr-1956: 钢增长28%, not the item before)', () => {
    expect(keys('生铁增长２３％，钢增长２８％，钢材增长２８％。', 1955).map(([, k]) => k)).toEqual(['生铁增长', '钢增长', '钢材增长']);
  });

  it('率 ends a noun of rate, whatever its tag (gwr-2018, gwr-2024)', () => {
    expect(keys('今年赤字率拟按2.6%安排，比去年预算低0.4个百分点。', 2018)).toEqual([
      ['2.6%', '赤字率'],
      ['0.4个百分点', '赤字率下降'],
    ]);
    expect(keys('赤字率拟按3%安排，赤字规模4.06万亿元。', 2024)[0]).toEqual(['3%', '赤字率']);
  });

  it('higher or lower than a base is a change; 降低 and 提高 stay words of their own', () => {
    expect(keys('城镇登记失业率为4.0%，比上年低0.2个百分点。').at(-1)).toEqual(['0.2个百分点', '城镇登记失业率下降']);
    expect(keys('空气质量优良天数比例为88%，比上年高1.5个百分点。').at(-1)).toEqual(['1.5个百分点', '空气质量优良天数比例增长']);
    expect(keys('国营商业商品流转费将比上年降低１３．２％。', 1956)).toEqual([['１３．２％', '国营商业商品流转费下降']]);
  });

  it('必须 is a mood word, not the indicator (gwr-1988)', () => {
    expect(keys('到本世纪末，我国粮食生产必须争取达到５０００亿公斤，平均每年增产８０亿公斤。', 1988).map(([, k]) => k)).toEqual([
      '粮食生产',
      '粮食生产增加',
    ]);
  });
});

describe('a multiple of a base year’s level is its 发展速度, apart from the level and its growth', () => {
  it('等于一九四九年的N倍 (gwr-1954), with 二百十七 read as 二百一十七', () => {
    const text =
      '電力一百零八億度，等於一九四九年的二點五倍；鋼二百十七萬噸，等於一九四九年的十三點七倍；水泥四百七十三萬噸，等於一九四九年的七點二倍。';
    expect(keys(text, 1954)).toEqual([
      ['一百零八億度', '电力'],
      ['二點五倍', '电力发展速度'],
      ['二百十七萬噸', '钢'],
      ['十三點七倍', '钢发展速度'],
      ['四百七十三萬噸', '水泥'],
      ['七點二倍', '水泥发展速度'],
    ]);
  });

  it('a list of two multiples, a share’s part, a ratio to last year; a growth stays growth (gwr-1988, gwr-1956)', () => {
    const tourism = '１９８７年来华旅游入境总人数达到２６９０万人次，创汇１８．４亿美元，分别为１９８２年的３．４倍和２．２倍。';
    expect(keys(tourism, 1988).slice(-1)).toEqual([['２．２倍', '创汇发展速度']]);
    const tax = '农业税收入为２，９６２，０００，０００元，占本年收入的１０．７２％，为１９５５年的９８．８８％。';
    expect(keys(tax, 1956).at(-1)).toEqual(['９８．８８％', '农业税收入发展速度']);
    expect(keys('全市粮食产量为上年的103%。')).toEqual([['103%', '粮食产量发展速度']]);
    expect(keys('全市粮食产量比上年增长3%。')).toEqual([['3%', '粮食产量增长']]);
    expect(keys('全市粮食产量增长到2015年的1.5倍。')).toEqual([['1.5倍', '粮食产量发展速度']]);
    expect(keys('全市粮食产量比2015年增长1.5倍。', 2020)).toEqual([['1.5倍', '粮食产量累计增长']]);
  });
});

describe('who or where the words name besides what is measured', () => {
  it('a list of places before the deed is no part of it (a county report)', () => {
    expect(keys('碧湖镇、大港头镇新建农村公路46.8公里，改造危桥5座。')[0]).toEqual(['46.8公里', '新建农村公路']);
    expect(keys('棚户区改造解决住房130万套。')).toEqual([['130万套', '棚户区改造解决住房']]);
  });

  it('a count counts the possessor whose measure the next figure gives; 全部 is no part of a measure (a county report)', () => {
    expect(keys('全区152个行政村集体经济收入全部达到20万元以上，其中50万元以上的村达到61个。')).toEqual([
      ['152个', '行政村'],
      ['20万元', '行政村集体经济收入'],
      ['50万元', '行政村集体经济收入'],
      ['61个', '村'],
    ]);
    expect(keys('42座分散式污水处理设施已建成7座。')[0]).toEqual(['42座', '分散式污水处理设施']);
  });

  it('a measure of one noun after a clause on how its owner fares is the owner’s (gwr-2004, gwr-2018)', () => {
    expect(keys('国有及国有控股工业企业经济效益大幅度提高，实现利润3784亿元，比上年增长45.2%。', 2004)).toEqual([
      ['3784亿元', '国有及国有控股工业企业利润'],
      ['45.2%', '国有及国有控股工业企业利润增长'],
    ]);
    expect(keys('国有企业效益明显好转，去年利润增长23.5%。', 2018)).toEqual([['23.5%', '国有企业利润增长']]);
    expect(keys('全市经济运行总体平稳，实现利润120亿元。')).toEqual([['120亿元', '利润']]);
  });

  it('a per-unit the first part of a 分别 list opens with is every part’s (gwr-2016)', () => {
    const text = '今后五年，单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%，森林覆盖率达到23.04%。';
    expect(keys(text, 2016).map(([, k]) => k)).toEqual([
      '单位国内生产总值用水量下降',
      '单位国内生产总值能耗下降',
      '单位国内生产总值二氧化碳排放量下降',
      '森林覆盖率',
    ]);
  });

  it('people a verb moves to a deed are counted by both verbs (gwr-1980, gwr-1988); not a cause or a relative clause', () => {
    expect(keys('1979年全国在城镇安置了903万人就业。', 1980)).toEqual([['903万人', '安置就业']]);
    expect(keys('全国城镇共安排３７００多万人就业。', 1988)).toEqual([['３７００多万人', '就业安排']]);
    expect(keys('高埗镇发生因违建造成5人死亡、1人受伤的恶性事故。')[0]).toEqual(['5人', '死亡']);
    expect(keys('改造约1亿人居住的城镇棚户区和城中村。', 2014)).toEqual([['1亿人', '居住']]);
  });
});

describe('new capacity is an addition, not output', () => {
  it('items listed after a header of new capacity and a colon (gwr-1958)', () => {
    const text =
      '一九五七年新增加的工业生产能力（按年产量计算），仅中央各部所属的企业就有：采煤一千四百八十九万吨，发电量三十二亿五千万度，钢材四十八万五千吨。';
    expect(keys(text, 1958).map(([, k]) => k)).toEqual(['新增采煤能力', '新增发电能力', '新增钢材能力']);
  });

  it('capacities and lengths of line in a clause list opened by 新增 (gwr-1986); other items and lists stay as they are', () => {
    const text = '五年内新增采煤能力八千万吨，原油开采能力五千万吨，铁路通车里程一千五百公里，港口深水泊位吞吐能力一亿吨。';
    expect(keys(text, 1986).map(([, k]) => k)).toEqual([
      '新增采煤能力',
      '新增原油开采能力',
      '新增铁路通车里程',
      '新增港口深水泊位吞吐能力',
    ]);
    // A list under 产量 is no addition; its items take the measure they share (sharedHead.ts).
    expect(keys('主要产品产量：原煤10.9亿吨，钢材7000万吨。').map(([, k]) => k)).toEqual(['原煤产量', '钢材产量']);
  });

  it('a count that goes from one number to another through 发展到 counts the subject (gwr-1956)', () => {
    expect(keys('中国科学院的科学研究机构将由４４个发展到６０个。', 1956).map(([, k]) => k)).toEqual([
      '中国科学院的科学研究机构',
      '中国科学院的科学研究机构',
    ]);
  });
});

describe('plans passed, money for a purpose, parts of an addition, notes of scope', () => {
  it('a plan passed and the growth after it are of the subject, past notes of scope (gwr-1958)', () => {
    const text =
      '一九五七年的工业总产值（不包括手工业产值，下同），包括原有企业和新建企业的在内，预计达到六百二十八亿一千万元（按一九五二年不变价格计算），超过年度计划百分之四点一，比上一年增长百分之六点九。';
    expect(keys(text, 1958).map(([, k]) => k)).toEqual(['工业总产值', '工业总产值超过年度计划', '工业总产值增长']);
    const staff = '一九五八年，包括在国家计划以内的职工总数，将达到二千四百三十九万二千人，比上一年增加四十一万九千人。';
    expect(keys(staff, 1958)[0]).toEqual(['二千四百三十九万二千人', '包括在国家计划以内的职工总数']);
  });

  it('what the money is for, read from 用于 (gwr-2004)', () => {
    const text = '2003年中央财政支出700亿元，比上年增长19.9%；其中用于城市居民最低生活保障的补助资金由上年46亿元增加到92亿元。';
    expect(keys(text, 2004).slice(2)).toEqual([
      ['46亿元', '用于城市居民最低生活保障的补助资金'],
      ['92亿元', '用于城市居民最低生活保障的补助资金'],
    ]);
  });

  it('a part of an addition after 其中 is an addition (gwr-2008)', () => {
    expect(keys('新增公路19.2万公里，其中高速公路2.8万公里；新增铁路营运里程6100公里。', 2008).map(([, k]) => k)).toEqual([
      '新增公路',
      '新增高速公路',
      '新增铁路营运里程',
    ]);
    expect(keys('公路总里程达到500万公里，其中高速公路14万公里。').map(([, k]) => k)).toEqual(['公路总里程', '高速公路']);
  });
});

describe('a year without 年 and a unit of glass', () => {
  it('a year of four Chinese digits before 比 is a time, not the indicator (gwr-1986)', () => {
    const text = '财政收入增加最多的是“五五”时期，一九八○比一九七五年增加二百二十六亿元，一九八五年比一九八○年增加七百八十六亿元。';
    expect(keys(text, 1986).map(([, k]) => k)).toEqual(['财政收入累计增加', '财政收入累计增加']);
    const grain = '以粮食和棉花的产量来说，一九五八粮食的指标为三千九百二十亿斤，比上一年增加二百二十亿斤，增长百分之五点九。';
    expect(keys(grain, 1958).map(([, k]) => k)).toEqual(['粮食', '粮食增加', '粮食增长']);
  });

  it('重量箱 is the unit of flat glass, and the item shares the list’s verb (gwr-2016)', () => {
    const text = '近三年淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨、平板玻璃7600多万重量箱、电解铝100多万吨。';
    expect(keys(text, 2016).slice(2)).toEqual([
      ['7600多万重量箱', '淘汰平板玻璃'],
      ['100多万吨', '淘汰电解铝'],
    ]);
  });
});

describe('from the seed-1213 audit', () => {
  it('new capacity in a list cut by 、 in one clause (gwr-2010)', () => {
    expect(keys('新增城镇污水日处理能力1500万立方米、垃圾日处理能力6万吨。', 2010).map(([, k]) => k)).toEqual([
      '新增城镇污水日处理能力',
      '新增垃圾日处理能力',
    ]);
  });

  it('a deed after a span of years takes the clause of a noun alone before it (gwr-1982)', () => {
    expect(keys('石油工业建设，五年投资一百五十四亿元，重点勘探东北松辽盆地。', 1982)).toEqual([['一百五十四亿元', '石油工业建设投资']]);
  });

  it('这方面 is the list said before it in the sentence (gwr-1982)', () => {
    const text = '六五计划基本建设投资的重点是能源、交通建设，这方面的投资占总投资的百分之三十八点五，比过去有所提高。';
    expect(keys(text, 1982)).toEqual([['百分之三十八点五', '能源、交通建设的投资占总投资的比重']]);
  });

  it('分别 in a clause with no subject of its own shares the list the clause before opens with (gwr-2008)', () => {
    const text =
      '2007年单位国内生产总值能耗比上年下降3.27%，化学需氧量、二氧化硫排放总量近年来首次出现双下降，比上年分别下降3.14％和4.66％。';
    expect(keys(text, 2008).map(([, k]) => k)).toEqual(['单位国内生产总值能耗下降', '化学需氧量下降', '二氧化硫排放总量下降']);
  });

  it('a span of years is no part of the key (gwr-1986)', () => {
    expect(keys('过去我国农业发展缓慢，粮食产量在一九五三年到一九七八年间平均每年只增长五百多万吨。', 1986)).toEqual([
      ['五百多万吨', '粮食产量增加'],
    ]);
  });
});

describe('a noun alone after ；opens a new topic', () => {
  it('the figures after it are of that noun, not of the figure before the ；(gwr-1988, gwr-1958)', () => {
    const text =
      '农民人均纯收入，１９８２年为２７０元，１９８７年提高到４６３元，扣除物价上涨因素，平均每年增长８．６％；' +
      '城镇居民人均生活费收入，１９８２年为４９４．５元，１９８７年提高到９１６元，扣除物价上涨因素，平均每年增长６．３％。';
    expect(keys(text, 1988).map(([, k]) => k)).toEqual([
      '农民人均纯收入',
      '农民人均纯收入',
      '农民人均纯收入增长',
      '城镇居民人均生活费收入',
      '城镇居民人均生活费收入',
      '城镇居民人均生活费收入增长',
    ]);
    const goods = '棉纱的产量，比上一年增加将近六十万件，增长百分之十二点七；糖的产量，比上一年增加十七万三千吨，增长百分之二十点六。';
    expect(keys(goods, 1958).slice(2)).toEqual([
      ['十七万三千吨', '糖的产量增加'],
      ['百分之二十点六', '糖的产量增长'],
    ]);
  });
  it('but a clause of a deed after ；does not (扣除物价上涨因素 is no topic)', () => {
    const text = '国内生产总值达到1000亿元；扣除物价上涨因素，比上年增长8%。';
    expect(keys(text, 2000).at(-1)).toEqual(['8%', '国内生产总值增长']);
  });
});
