import { describe, expect, it } from 'vitest';
import { sharedQualifier } from '../../src/figures/indicators/listItems.ts';
import { described, keys } from '../fixtures/figures/describedFigures.ts';

// Indicators a figure's own clause does not name in full: list items that share the first item's qualifier, shares
// written without their whole or their part, clauses that refer back (这个比重, 其中). Sentences of the State Council
// reports (../shared/corpus-wide/gwr, quoted) and sentences written for these tests.
const periods = (text: string, year?: number) => described(text, year).map((d) => [d.text, d.period]);

describe('list items share the first item’s verb or qualifier', () => {
  it('a verb phrase before the first item goes with every item (gwr-2010)', () => {
    expect(keys('淘汰落后的炼钢产能1691万吨、炼铁产能2113万吨、水泥产能7416万吨、焦炭产能1809万吨。', 2010)).toEqual([
      ['1691万吨', '淘汰落后的炼钢产能'],
      ['2113万吨', '淘汰落后的炼铁产能'],
      ['7416万吨', '淘汰落后的水泥产能'],
      ['1809万吨', '淘汰落后的焦炭产能'],
    ]);
    expect(keys('关闭不达标的造纸企业120家、印染企业80家。')).toEqual([
      ['120家', '关闭不达标的造纸企业'],
      ['80家', '关闭不达标的印染企业'],
    ]);
  });

  it('a qualifier of the whole list, across clauses (gwr-1954: the pupils are all of minorities)', () => {
    const text = '在一九五三年，全国已有少数民族小学生二百五十四万六千余人，中等学校学生十六万三千余人，高等学校学生五千五百余人。';
    expect(keys(text, 1954).map(([, k]) => k)).toEqual(['少数民族小学生', '少数民族中等学校学生', '少数民族高等学校学生']);
  });

  it('items that share more than a head, or a plain noun before them, stand alone', () => {
    expect(keys('企业职工基本养老保险参保4亿人、机关事业单位基本养老保险参保5000万人。').map(([, k]) => k)).toEqual([
      '企业职工基本养老保险参保',
      '机关事业单位基本养老保险参保',
    ]);
    expect(sharedQualifier('国家预算内投资', '自筹投资')).toBe('');
    expect(sharedQualifier('粮食产量', '棉花产量')).toBe('');
    expect(sharedQualifier('网上零售额', '社会消费品零售总额')).toBe('');
    expect(sharedQualifier('培养本科和专科学生', '研究生')).toBe('');
  });

  it('a count of a noun joined by 和 to a list counts that noun (gwr-2012)', () => {
    expect(keys('98个中央部门和北京、上海、广东、陕西等省市公开“三公经费”。')).toEqual([['98个', '中央部门']]);
  });
});

describe('a share carries what it is a share of', () => {
  it('the part given once serves the shares after it (gwr-1954)', () => {
    const text = '目前，国营和合作社营商业在社会商品零售总额中的比重已占百分之五十左右，在批发总额中的比重已占百分之八十左右。';
    expect(keys(text, 1954)).toEqual([
      ['百分之五十', '国营和合作社营商业占社会商品零售总额的比重'],
      ['百分之八十', '国营和合作社营商业占批发总额的比重'],
    ]);
    expect(keys('民营经济在全省税收中的比重达到65%，在城镇就业中的比重超过80%。').map(([, k]) => k)).toEqual([
      '民营经济占全省税收的比重',
      '民营经济占城镇就业的比重',
    ]);
  });

  it('the whole first and the part after it: one key for both orders (gwr-1956)', () => {
    expect(keys('在工农业生产总值中现代工业所占的比重，由１９５４年的３３％上升到３４％。', 1956).map(([, k]) => k)).toEqual([
      '现代工业占工农业生产总值的比重',
      '现代工业占工农业生产总值的比重',
    ]);
    expect(keys('现代工业在工农业总产值中所占的比重将上升到３６．５％。', 1956)).toEqual([['３６．５％', '现代工业占工农业总产值的比重']]);
  });

  it('a share that rises from one number to the next stays the share, not its part (gwr-1954)', () => {
    const text = '生产资料的产值在工业总产值中的比重，在一九五四年将由一九四九年的百分之二十八点八上升为百分之四十二点三。';
    expect(described(text, 1954).map((d) => [d.indicator, d.period])).toEqual([
      ['生产资料的产值占工业总产值的比重', '1949'],
      ['生产资料的产值占工业总产值的比重增长', '1954'],
    ]);
  });
});

describe('a clause that refers back takes what it refers to', () => {
  it('这个比重: the share named in the sentence before (gwr-1954)', () => {
    const text =
      '第一是现代工业的产值在工农业总产值中的比重迅速上升。在一九四九年，这个比重大约是百分之十七，而在一九五四年预计将近百分之三十三。';
    expect(keys(text, 1954).map(([, k]) => k)).toEqual(['现代工业的产值占工农业总产值的比重', '现代工业的产值占工农业总产值的比重']);
    expect(keys('研发投入在地区生产总值中的比重逐年上升。去年这一比重达到2.5%。', 2024)).toEqual([
      ['2.5%', '研发投入占地区生产总值的比重'],
    ]);
  });

  it('这个比例 after a share of the same sentence is that share (gwr-1982)', () => {
    const text = '这方面的投资占整个固定资产投资的百分之二十左右，六五计划把这个比例提高到百分之三十六。';
    const [first, second] = keys(text, 1982);
    expect(second![1]).toBe(first![1]);
  });

  it('其中 with no noun of its own is a part of the figure before it (gwr-1982) or of the sentence before', () => {
    const text = '计划规定，五年合计国家财政收入为五千九百五十三亿元，其中一九八五年为一千二百七十四亿元，比一九八○年增加一百八十九亿元。';
    // 一九八五年…比一九八○年增加: a change over the five years 1981/1985, keyed apart from changes a year.
    expect(keys(text, 1982).map(([, k]) => k)).toEqual(['国家财政收入', '国家财政收入', '国家财政收入累计增加']);
    expect(keys('全年粮食产量达到6.5亿吨。其中有3.2亿吨来自十三个主产省。', 2020)).toEqual([
      ['6.5亿吨', '粮食产量'],
      ['3.2亿吨', '粮食产量'],
    ]);
  });

  it('其中 before a noun of its own keeps it (其中中央财政赤字)', () => {
    expect(keys('财政赤字2.38万亿元，其中中央财政赤字1.55万亿元。', 2018).map(([, k]) => k)).toEqual(['财政赤字', '中央财政赤字']);
  });
});

describe('period of a change from a base year', () => {
  it('spans the years after the base up to the figure’s year (gwr-2008)', () => {
    expect(periods('2007年国内生产总值达到24.66万亿元，比2002年增长65.5%。', 2008)).toEqual([
      ['24.66万亿元', '2007'],
      ['65.5%', '2003/2007'],
    ]);
    expect(periods('1979年农业总产值比1978年增长8.6％。', 1980)).toEqual([['8.6％', '1979']]);
  });

  it('the level of the base year is of that year (gwr-1982)', () => {
    const text = '到一九八五年，工农业总产值比一九八○年的七千一百五十九亿元增加一千五百五十一亿元。';
    expect(periods(text, 1982)).toEqual([
      ['七千一百五十九亿元', '1980'],
      ['一千五百五十一亿元', '1981/1985'],
    ]);
  });

  it('a ratio to a base year (等于一九四九年的二点五倍) is of the figure’s own year', () => {
    expect(periods('一九五四年电力一百零八亿度，等于一九四九年的二点五倍。', 1954)).toEqual([
      ['一百零八亿度', '1954'],
      ['二点五倍', '1954'],
    ]);
  });
});

describe('shares and totals whose whole or owner stands elsewhere', () => {
  it('parts listed after the share they divide take its whole (gwr-1956)', () => {
    const text =
      '预计到１９５６年底，各种经济成分在工业总产值中所占的比重将变化如下：国营占６３．８％，合作社营占４．７％，而私营工业则只占０．４％。';
    expect(keys(text, 1956).map(([, k]) => k)).toEqual([
      '国营占工业总产值的比重',
      '合作社营占工业总产值的比重',
      '私营工业占工业总产值的比重',
    ]);
  });

  it('a level verb before a whole and 的 states a share (A增加到B的N%), not a ratio to a year', () => {
    expect(keys('基本普及九年义务教育的地区要增加到全国人口的72％。', 1998)).toEqual([
      ['72％', '基本普及九年义务教育的地区占全国人口的比重'],
    ]);
    expect(keys('研发经费投入提高到地区生产总值的2.5%。')).toEqual([['2.5%', '研发经费投入占地区生产总值的比重']]);
    expect(keys('全年产量达到上年的120%。').map(([, k]) => k)).not.toContain('全年产量占上年');
  });

  it('a total is of the noun the clause before opens with, not of its deed (gwr-1956)', () => {
    const text = '１９５６年全国医院和疗养院病床将增设６万张，总数达到３３．９万张，比上年增长２２％。';
    expect(keys(text, 1956).slice(1)).toEqual([
      ['３３．９万张', '医院和疗养院病床总数'],
      ['２２％', '医院和疗养院病床总数增长'],
    ]);
  });

  it('a subject clause ending in a noun after 的 is read whole (gwr-1956)', () => {
    expect(keys('中央各部和所属企业为职工修建的住宅面积，在１９５６年将达到１，３１０万平方公尺以上。', 1956)).toEqual([
      ['１，３１０万平方公尺', '中央各部和所属企业为职工修建的住宅面积'],
    ]);
  });

  it('the base of a change per head (由每人每年380元提高到420元) is no part of the indicator (gwr-2016)', () => {
    expect(keys('财政补助由每人每年380元提高到420元。', 2016).map(([, k]) => k)).toEqual(['财政补助', '财政补助']);
  });
});

describe('words of mood and ratio before a number are no part of the indicator', () => {
  it('要, 却, 应该, 就 before a change or level go (gwr-2014, gwr-1960)', () => {
    expect(keys('今年能源消耗强度要降低3.9%以上。', 2014)).toEqual([['3.9%', '能源消耗强度下降']]);
    expect(keys('全国粮食总产量应该有七千二百亿斤到七千五百亿斤。', 1960).map(([, k]) => k)).toEqual(['粮食总产量', '粮食总产量']);
    expect(keys('而实际完成的基本建设工作量却增加了１５％。', 1956)[0]![1]).not.toMatch(/却/);
    // 需要 and 主要 are words of their own.
    expect(keys('完成这项工程需要资金8亿元。')[0]![1]).toMatch(/需要|资金/);
  });

  it('等于 and 相当于 state a ratio to a base: the indicator is what stands before them, as its 发展速度 (gwr-1954)', () => {
    expect(keys('预计今年的粮食产量可以等于一九四九年的一点五倍。', 1954)).toEqual([['一点五倍', '粮食产量发展速度']]);
  });

  it('a part’s share with its whole unsaid keeps the whole part (gwr-1954)', () => {
    const text = '而社会主义的国营企业和合作社缴纳的税款和利润所占的比重却从百分之三十四点一增加到百分之六十六点一。';
    expect(keys(text, 1954)[0]![1]).toBe('社会主义的国营企业和合作社缴纳的税款和利润所占的比重');
  });
});

describe('a share or rate whose subject stands before its clause or sentence', () => {
  it('比重，将只占29%: the share of the clause before (gwr-1954)', () => {
    const text = '没有转为公私合营的资本主义工业在工业总产值中的比重，将只占百分之二十九左右了。';
    expect(keys(text, 1954)).toEqual([['百分之二十九', '没有转为公私合营的资本主义工业占工业总产值的比重']]);
  });

  it('a sentence that opens with a span of years only measures what the sentence before did (gwr-1982)', () => {
    const text = '工农业总产值的增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六。两年平均每年递增百分之五点五。';
    expect(keys(text, 1982).map(([, k]) => k)).toEqual(['工农业总产值增长', '工农业总产值增长', '工农业总产值增长']);
  });

  it('an amount in 万多亿元 is read whole, and its indicator is the words before it (gwr-2018)', () => {
    expect(keys('共减轻市场主体负担3万多亿元。', 2018)).toEqual([['3万多亿元', '减轻市场主体负担']]);
  });
});

describe('a count before an adjective and 的', () => {
  it('counts the noun after 的 (gwr-1958: 372种重要的新产品)', () => {
    expect(keys('在这一年将有三百七十二种重要的新产品进行试制。', 1958)).toEqual([['三百七十二种', '重要的新产品']]);
    expect(keys('建成120个先进的示范基地。')).toEqual([['120个', '先进的示范基地']]);
    // A noun before 的 is what is counted (18项行政事业性收费的免征范围).
    expect(keys('将18项行政事业性收费的免征范围扩大到所有企业。')).toEqual([['18项', '行政事业性收费']]);
  });
});

describe('what the words around a number add to it', () => {
  it('a per-unit opens the indicator (每亩生产粮食, gwr-1958); a per-head after a level word does not (提高到每人每年240元, gwr-2012)', () => {
    expect(keys('各县分别达到了全国农业发展纲要修正草案所提出的每亩生产粮食四百斤的要求。', 1958)).toEqual([['四百斤', '每亩生产粮食']]);
    expect(keys('城镇居民医保和新农合补助标准提高到每人每年240元。', 2012)).toEqual([['240元', '城镇居民医保和新农合补助标准']]);
  });

  it('what is new is an addition, kept apart from the level (新增加的固定资产, gwr-1988)', () => {
    expect(keys('全民所有制企业新增加的固定资产达到５８５４亿元。', 1988)).toEqual([['５８５４亿元', '新增加的固定资产']]);
  });

  it('a base in time before a deed is no part of it (比改革前减轻企业和个人负担, gwr-2016)', () => {
    // The clause that refers back (实施上述政策) is kept with the figure: see the back-references below.
    expect(keys('实施上述政策，今年将比改革前减轻企业和个人负担5000多亿元。', 2016)).toEqual([
      ['5000多亿元', '减轻企业和个人负担（实施上述政策）'],
    ]);
    expect(keys('今年将比改革前减轻企业和个人负担5000多亿元。', 2016)).toEqual([['5000多亿元', '减轻企业和个人负担']]);
  });

  it('items joined by 、 after a first item that opens with a verb share the verb (gwr-2008, gwr-2014)', () => {
    expect(keys('关停小火电2157万千瓦、小煤矿1.12万处。', 2008).map(([, k]) => k)).toEqual(['关停小火电', '关停小煤矿']);
    expect(keys('今年要淘汰钢铁2700万吨、水泥4200万吨。', 2014).map(([, k]) => k)).toEqual(['淘汰钢铁', '淘汰水泥']);
    // An item with a verb of its own states its own deed.
    expect(keys('减少农村贫困人口1000万、易地扶贫搬迁280万人。', 2018).map(([, k]) => k)[1]).toBe('易地扶贫搬迁');
  });

  it('a bracketed scope note gives the figure before it another scope (gwr-1986)', () => {
    const text = '农业总产值平均每年增长百分之四（包括村办工业为百分之六），工业总产值平均每年增长百分之七点五（不包括村办工业百分之七）。';
    expect(keys(text, 1986).map(([, k]) => k)).toEqual([
      '农业总产值增长',
      '农业总产值（包括村办工业）增长',
      '工业总产值增长',
      '工业总产值（不包括村办工业）增长',
    ]);
  });
});

describe('a verb is shared from a list’s first item only', () => {
  it('发现问题326个、问题线索128条 (dongguan-2018); not inside a bracketed list of sanctions (xinchang-2021)', () => {
    expect(keys('发现问题326个、问题线索128条。').map(([, k]) => k)).toEqual(['发现问题', '发现问题线索']);
    const sanctions = keys('给予党纪处分37人(党内警告18人、严重警告11人、撤销党内职务1人、留党察看2人、开除党籍5人)。').map(([, k]) => k);
    expect(sanctions.slice(-2)).toEqual(['留党察看', '开除党籍']);
  });
});

describe('from the seed-1210 audit’s misreads', () => {
  it('a rate after a verb of change and its object is that change (削减…涉企收费项目60%, gwr-2018)', () => {
    const text = '多措并举降成本，压减政府性基金项目30%，削减中央政府层面设立的涉企收费项目60%以上。';
    expect(keys(text, 2018).map(([, k]) => k)).toEqual(['政府性基金项目下降', '涉企收费项目下降']);
    // 增加到 states a level, not a change of what follows it.
    const level = '经济建设费所占的比重从一九五〇年的百分之二十五点五增加到一九五四年预算的百分之四十五点四。';
    expect(keys(level, 1954)[1]![1]).not.toMatch(/(?:下降|增长)$/);
  });

  it('a clause that raises something names what the next number changes (gwr-2012)', () => {
    const text = '连续第7年提高企业退休人员基本养老金，全年人均增加1680元。';
    expect(keys(text, 2012)).toEqual([['1680元', '企业退休人员基本养老金增加']]);
  });

  it('a whole that stands as a circumstance before the shares (在工业总产值中，国营工业所占的比重…, gwr-1956)', () => {
    const text =
      '在工业总产值中，国营工业所占的比重由１９５４年的５９％上升到６３％，私营工业所占的比重则由１９５４年的２５％下降为１６％。';
    expect(keys(text, 1956).map(([, k]) => k)).toEqual([
      '国营工业占工业总产值的比重',
      '国营工业占工业总产值的比重',
      '私营工业占工业总产值的比重',
      '私营工业占工业总产值的比重下降',
    ]);
  });
});

describe('a subject that is a list cut by 、 is read whole', () => {
  it('the parts of a subject before one number (gwr-1956, gwr-1982, gwr-2024)', () => {
    expect(keys('关税、盐税收入共为９９０，０００，０００元，比１９５５年决算数增长４．５１％。', 1956).map(([, k]) => k)).toEqual([
      '关税、盐税收入',
      '关税、盐税收入增长',
    ]);
    const coal = '到一九八五年，山西以及内蒙古西部、宁夏煤炭的外运能力将由一九八○年的七千二百万吨增加到一亿二千万吨。';
    expect(keys(coal, 1982)[0]![1]).toBe('山西以及内蒙古西部、宁夏煤炭的外运能力');
    expect(keys('电动汽车、锂电池、光伏产品“新三样”出口增长近30%。', 2024)).toEqual([['30%', '电动汽车、锂电池、光伏产品新三样出口增长']]);
  });

  it('not the items of a list of figures, nor adverbs (督导123次、约谈6次; 主动地、果断地把军队裁减了100万人)', () => {
    expect(keys('督导123次、约谈6次。').map(([, k]) => k)).toEqual(['督导', '约谈']);
    expect(keys('我们就主动地、果断地把军队裁减了１００万人。', 1988)[0]![1]).not.toMatch(/主动地/);
  });
});

describe('two numbers joined by 和 after two figures of two indicators', () => {
  it('go to them in turn, with or without 分别 (gwr-2010, gwr-1988)', () => {
    const text = '城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%。';
    expect(keys(text, 2010).slice(2)).toEqual([
      ['9.8%', '城镇居民人均可支配收入增长'],
      ['8.5%', '农村居民人均纯收入增长'],
    ]);
    const tourism = '１９８７年旅游入境总人数达到２６９０万人次，创汇１８．４亿美元，分别为１９８２年的３．４倍和２．２倍。';
    expect(
      keys(tourism, 1988)
        .slice(2)
        .map(([, k]) => k),
    ).toEqual(['旅游入境总人数发展速度', '创汇发展速度']);
  });

  it('a single figure before a pair keeps the pair on it (国内生产总值增长8%和…)', () => {
    expect(keys('国内生产总值达到33.5万亿元，比上年增长8.7%。', 2010)[1]![1]).toBe('国内生产总值增长');
  });
});

describe('a change from a base year several years back is growth over the span, apart from annual rates', () => {
  it('keys 比2002年增长65.5% as cumulative growth and keeps 年均增长10.6% as the rate (gwr-2008)', () => {
    expect(keys('2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%。', 2008)).toEqual([
      ['24.66万亿元', '国内生产总值'],
      ['65.5%', '国内生产总值累计增长'],
      ['10.6%', '国内生产总值增长'],
    ]);
  });

  it('keeps a change from the year before an annual rate', () => {
    expect(keys('2007年，国内生产总值比上年增长11.4%。', 2008)).toEqual([['11.4%', '国内生产总值增长']]);
  });
});

describe('whose measure a 的 names, and a topic clause referred back to', () => {
  it('keeps the owner before 的 when it is a noun phrase (gwr-2010, gwr-2012, gwr-1986)', () => {
    expect(keys('今年要把城镇居民基本医保和新农合的财政补助标准提高到120元，比上年增长50%，并适当提高个人缴费标准。', 2010)).toEqual([
      ['120元', '城镇居民基本医保和新农合的财政补助标准'],
      ['50%', '城镇居民基本医保和新农合的财政补助标准增长'],
    ]);
    expect(keys('全民所有制单位的固定资产投资总额五年为八千九百六十亿元。', 1986).map(([, k]) => k)).toEqual([
      '全民所有制单位的固定资产投资总额',
    ]);
    expect(keys('全省中小学校和幼儿园的生均公用经费标准提高到800元。').map(([, k]) => k)).toEqual(['中小学校和幼儿园的生均公用经费标准']);
  });

  it('not the object of a verb before it, nor a bare 方面; a relative clause of a list is read whole (gwr-1964)', () => {
    expect(keys('现在，同我国有着贸易和文化联系的国家和地区，已经达到一百二十多个。', 1964).map(([, k]) => k)).toEqual([
      '同我国有着贸易和文化联系的国家和地区',
    ]);
  });

  it('a sentence that opens with 这个比重 as a clause of its own: every clause after is about it (gwr-1980)', () => {
    const text = '在基本建设投资总额中，提高了职工住宅、科学文教卫生和城市建设等方面的投资比重。这个比重，1978年为17.4％，1979年达到27％。';
    // The parts 等方面的 closes are what the share is of (figures-gwr-1216.tsv judged 投资比重 wrong).
    expect(keys(text, 1980).map(([, k]) => k)).toEqual(['住宅、科学文教卫生和城市建设投资比重', '住宅、科学文教卫生和城市建设投资比重']);
  });
});

describe('verbs of an addition, and verbs the segmenter tags as nouns or places', () => {
  it('新建 (tagged a place by jieba) takes the noun counted after it, as an addition (gwr-2022, gwr-2010)', () => {
    expect(keys('新建1亿亩高标准农田，新增4个服务业扩大开放综合试点。', 2022).map(([, k]) => k)).toEqual([
      '新建高标准农田',
      '新增服务业扩大开放综合试点',
    ]);
    expect(keys('全年新建农村公路5000公里。').map(([, k]) => k)).toEqual(['新建农村公路']);
  });

  it('a number after the noun counted is no part of it, a numbered name is (gwr-1982, dongguan-2018)', () => {
    expect(keys('五年内新建一百万吨以上的大型矿井二十八个。', 1982).map(([, k]) => k)).toEqual(['大型矿井']);
    // The relative clause before the count stays with the noun (relativeCount): which problems were counted.
    expect(keys('分4批通报了我市查处的10起违反中央八项规定精神问题。')[1]).toEqual(['10起', '我市查处的违反中央八项规定精神问题']);
  });
});

describe('a clause that names the source or reckoning of a figure is no subject', () => {
  it('据…统计 between the subject and its figure is passed over (gwr-1960)', () => {
    const text = '社办的农业科学试验研究组织，据十二个省的不完全统计，有七千六百九十个。';
    expect(keys(text, 1960)).toEqual([['七千六百九十个', '社办的农业科学试验研究组织']]);
    expect(keys('全省的农村专业合作社，据初步统计，有1200个。')).toEqual([['1200个', '农村专业合作社']]);
  });
});

describe('back-references: resolved where the text names what they refer to, kept with the figure where it does not', () => {
  it('它 opening an indicator is the subject of the clause before (gwr-1954, and a sentence written for this test)', () => {
    const text = '例如根据重工业部的检查，重工业部一九五三年总的产值计划是超额完成了，但是它所属的生产企业却有百分之二十五没有完成计划。';
    expect(keys(text, 1954)).toEqual([['百分之二十五', '重工业部所属的生产企业']]);
    expect(keys('省交通集团去年营业收入增长8%，它的利润达到12亿元。', 2020)[1]).toEqual(['12亿元', '省交通集团的利润']);
  });

  it('这些方面 is the list the sentence before named (gwr-1986)', () => {
    const text =
      '在过去的五年中，我国科技、教育、文化事业重新出现了繁荣兴旺的局面。“六五”期间，国家财政用于这些方面的经费共为一千一百七十二亿元。';
    expect(keys(text, 1986)).toEqual([['一千一百七十二亿元', '国家财政用于科技、教育、文化事业的经费']]);
  });

  it('a clause that frames the figures by referring back is kept with them (gwr-2000, gwr-2002, gwr-2016)', () => {
    expect(keys('落实这些措施，国家财政共增加支出540多亿元，全国有8400多万人受益。', 2000).map(([, k]) => k)).toEqual([
      '国家财政共增加支出（落实这些措施）',
      '受益（落实这些措施）',
    ]);
    expect(keys('以上几项，仅中央财政当年就增加支出６２１亿元。', 2002).map(([, k]) => k)).toEqual([
      '仅中央财政当年就增加支出（以上几项）',
    ]);
    // A topic that is only a noun (这些项目) is no purpose: the figures keep their own words.
    expect(keys('这些项目，今年新增发电能力120万千瓦。').map(([, k]) => k)).toEqual(['新增发电能力']);
  });
});

describe('a level a change reaches is a level', () => {
  it('降到, 高达 and the hedges 可能, 有望 are no part of the key (gwr-2002, gwr-1986, gwr-1980, gwr-2016)', () => {
    expect(keys('我国关税总水平已由１５．３％降到１２％。', 2002).at(-1)).toEqual(['１２％', '关税总水平']);
    expect(keys('积累率在一九七八年高达百分之三十六点五。', 1986)).toEqual([['百分之三十六点五', '积累率']]);
    expect(keys('积累率可能进一步降到30％左右。', 1980)).toEqual([['30％', '积累率']]);
    expect(keys('今年高校毕业生将高达765万人，全省单位能耗有望降到0.5吨标准煤。', 2016).map(([, k]) => k)).toEqual([
      '高校毕业生',
      '单位能耗',
    ]);
  });
});

describe('a rate between a verb of reach and its object is a coverage share', () => {
  it('覆盖80%以上的大城市 is the share of big cities covered (gwr-2016, gwr-2014, sentences written for this test)', () => {
    expect(keys('高铁营业里程达到3万公里、覆盖80%以上的大城市。', 2016).at(-1)).toEqual(['80%', '覆盖大城市比例']);
    expect(keys('基本药物制度覆盖80%以上村卫生室。', 2014)).toEqual([['80%', '基本药物制度覆盖村卫生室比例']]);
    expect(keys('新型农村合作医疗惠及90%的农户，5G网络覆盖95%以上的行政村。').map(([, k]) => k)).toEqual([
      '新型农村合作医疗惠及农户比例',
      '5G网络覆盖行政村比例',
    ]);
    // Other verbs keep their reading: a cut is a change, a level kept is the level.
    expect(keys('只要我们能够再连续若干年保持百分之八的增长率。', 1994)).toEqual([['百分之八', '增长率']]);
  });
});

describe('由 that names the doer is no base of a change; a clause of cause is no subject', () => {
  it('由国内制造的部分 is the subject, 由过去的 a base (gwr-1958)', () => {
    const text = '在成套设备中，由国内制造的部分，将由一九五七年的百分之四十二左右，提高到百分之六十左右。';
    expect(keys(text, 1958).map(([, k]) => k)).toEqual(['由国内制造的部分', '由国内制造的部分']);
    const share = '非生产性建设投资占整个建设投资的比重，由过去的百分之三十以上，降低到百分之二十左右。';
    expect(keys(share, 1958).map(([, k]) => k)).toEqual(['非生产性建设投资占整个建设投资的比重', '非生产性建设投资占整个建设投资的比重']);
  });

  it('由于… between the subject and its figure is passed over (gwr-1956)', () => {
    const text = '１９５５年全国铁路运输的货物周转量，由于不合理运输的减少，比１９５４年只增长了５％。';
    expect(keys(text, 1956)).toEqual([['５％', '铁路运输的货物周转量增长']]);
  });
});

describe('people counted by the problem solved for them', () => {
  it('解决6000万农村人口的饮水安全问题 keys as 解决3亿多农村人口饮水安全问题 does (gwr-2014, gwr-2016, gwr-2012)', () => {
    expect(keys('今年再解决6000万农村人口的饮水安全问题。', 2014)).toEqual([['6000万', '农村人口饮水安全问题']]);
    expect(keys('解决3亿多农村人口饮水安全问题。', 2016)).toEqual([['3亿多', '农村人口饮水安全问题']]);
    expect(keys('全县今年解决1.2万城乡居民的住房困难。').map(([, k]) => k)).toEqual(['城乡居民住房困难']);
  });
});
