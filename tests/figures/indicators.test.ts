import { describe, expect, it } from 'vitest';
import { findIndicators } from '../../src/figures/indicators/findIndicator.ts';
import { normalizeIndicator } from '../../src/figures/indicators/normalizeIndicator.ts';
import { findPeriod } from '../../src/figures/indicators/findPeriod.ts';
import { figureStatus } from '../../src/figures/indicators/figureStatus.ts';
import { reportYear } from '../../src/figures/indicators/reportYear.ts';
import { described, keys } from '../fixtures/figures/describedFigures.ts';

describe('indicator: what the number measures', () => {
  it('reads the noun phrase before a level and keeps growth apart from the level', () => {
    expect(keys('国内生产总值达到67.7万亿元，增长6.9%。', 2016)).toEqual([
      ['67.7万亿元', '国内生产总值'],
      // The number of the next clause belongs to the previous clause's indicator.
      ['6.9%', '国内生产总值增长'],
    ]);
  });

  it('drops comparisons, adverbs and time words (State Council reports)', () => {
    expect(keys('2001年国内生产总值达到95933亿元，比上年增长7.3%。')).toEqual([
      ['95933亿元', '国内生产总值'],
      ['7.3%', '国内生产总值增长'],
    ]);
    expect(keys('1979年国民收入比上年增长7％。全国居民人均可支配收入实际增长7.4%。')).toEqual([
      ['7％', '国民收入增长'],
      ['7.4%', '居民人均可支配收入增长'],
    ]);
    expect(keys('国内生产总值年均增长7.8%，城镇新增就业1312万人。')).toEqual([
      ['7.8%', '国内生产总值增长'],
      ['1312万人', '城镇新增就业'],
    ]);
  });

  it('folds synonyms to one key: 经济增长 and GDP are 国内生产总值', () => {
    expect(keys('中央提出今年经济增长预期目标为7%左右。')).toEqual([['7%', '国内生产总值增长']]);
    expect(keys('2018年1-9月全市GDP增长7.5%。')).toEqual([['7.5%', '国内生产总值增长']]);
    expect(keys('居民消费价格涨幅3%左右。')).toEqual([['3%', '居民消费价格涨幅']]);
    expect(keys('居民消费价格涨幅控制在3%以内。')).toEqual([['3%', '居民消费价格涨幅']]);
  });

  it('keeps a rate noun that is the indicator itself (人口自然增长率下降到…)', () => {
    expect(keys('人口自然增长率下降到10.06‰。')).toEqual([['10.06‰', '人口自然增长率']]);
  });

  it('tells a growth rate from an amount added and from a decrease', () => {
    expect(keys('农村贫困人口减少1442万人，单位国内生产总值能耗下降5.6%，财政收入比上年增加2787亿元。')).toEqual([
      ['1442万人', '农村贫困人口减少'],
      ['5.6%', '单位国内生产总值能耗下降'],
      ['2787亿元', '财政收入增加'],
    ]);
  });

  it('gives two numbers of one clause to two indicators with 分别', () => {
    expect(keys('城镇和农村居民人均收入分别增长8.8%和9.6%。')).toEqual([
      ['8.8%', '城镇居民人均收入增长'],
      ['9.6%', '农村居民人均收入增长'],
    ]);
    expect(keys('单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%。')).toEqual([
      ['23%', '单位国内生产总值用水量下降'],
      ['15%', '单位国内生产总值能耗下降'],
      ['18%', '单位国内生产总值二氧化碳排放量下降'],
    ]);
  });

  it('shares one indicator across a range (6%-6.5%) and the two ends of a change (从…增加到…)', () => {
    expect(keys('国内生产总值增长6%-6.5%。')).toEqual([
      ['6%', '国内生产总值增长'],
      ['6.5%', '国内生产总值增长'],
    ]);
    expect(keys('国内生产总值从54万亿元增加到82.7万亿元。')).toEqual([
      ['54万亿元', '国内生产总值'],
      ['82.7万亿元', '国内生产总值'],
    ]);
  });

  it('reads no figure in a ratio (1:2) and still names the count next to it', () => {
    // The bracket of the kind the count also counts is part of its noun (figures27: 村(社区), was 村).
    expect(keys('全市592个村(社区)按1:2比例配备党工委书记储备人选。')).toEqual([['592个', '村(社区)']]);
  });

  it('reads the noun a counting unit quantifies when it follows the number (Xinchang, Hangzhou)', () => {
    expect(keys('对应提出153条整改措施。研究制定包括61项具体问题、278项整改举措的整改方案。')).toEqual([
      ['153条', '整改措施'],
      ['61项', '具体问题'],
      ['278项', '整改举措'],
    ]);
  });

  it('reads the verb a count counts (立案, 给予党纪政务处分) and each item of a list', () => {
    expect(keys('立案415件，结案251件，给予党纪政务处分245人。')).toEqual([
      ['415件', '立案'],
      ['251件', '结案'],
      ['245人', '给予党纪政务处分'],
    ]);
    expect(keys('给予党纪处分37人(党内警告18人、严重警告11人)。')).toEqual([
      ['37人', '给予党纪处分'],
      ['18人', '党内警告'],
      ['11人', '严重警告'],
    ]);
    expect(keys('开展面上督导123次、实地督导76次、开展约谈6次。')).toEqual([
      ['123次', '面上督导'],
      ['76次', '实地督导'],
      ['6次', '约谈'],
    ]);
  });

  it('reads the sanction given to people counted before it (给予13名相关责任人员相应党纪政务处分)', () => {
    expect(keys('给予13名相关责任人员相应党纪政务处分，给予4名责任领导纪律处分。')).toEqual([
      ['13名', '给予党纪政务处分'],
      ['4名', '给予纪律处分'],
    ]);
  });

  it('keeps a word whose last character is also a level word (停止违法行为)', () => {
    expect(keys('责令停止违法行为10.19万起，办结率为100%。')).toEqual([
      ['10.19万起', '责令停止违法行为'],
      ['100%', '办结率'],
    ]);
  });

  it('reads what a number measures where the gwr audit found it misread (rules, not phrases)', () => {
    // A share's subject keeps the modifier of its bare head (国防的支出), not only 支出.
    expect(keys('１９５５年国家决算用于国防的支出占本年支出的２２．１５％。')).toEqual([
      ['２２．１５％', '用于国防的支出占本年支出的比重'],
    ]);
    // A mass names its material as part of the unit (吨煤): the clause before says what is measured.
    expect(keys('每吨钢的综合能耗，由上年的2.51吨煤，降低到2.28吨煤。')).toEqual([
      ['2.51吨', '每吨钢的综合能耗'],
      ['2.28吨', '每吨钢的综合能耗'],
    ]);
    // Numbers that belong to the previous clause's indicator, one per year; a clause ending in a noun after 的 is read whole.
    expect(keys('每百元工业固定资产净值提供的税收利润，1977年为31.5元，1978年为35.5元，1979年进一步提高到36.3元。')).toEqual([
      ['31.5元', '每百元工业固定资产净值提供的税收利润'],
      ['35.5元', '每百元工业固定资产净值提供的税收利润'],
      ['36.3元', '每百元工业固定资产净值提供的税收利润'],
    ]);
    // A count of a list counts the whole list, to its last item's head.
    expect(keys('在１万多个中外合资经营、合作经营和外商独资企业中，绝大多数经营是好的。')).toEqual([
      ['１万多个', '中外合资经营、合作经营和外商独资企业'],
    ]);
    // An amount a verb acts on, before 的 and the noun it measures.
    expect(keys('农村税费改革不仅取消了原先336亿元的农业税赋，而且取消了各种收费。')).toEqual([['336亿元', '农业税赋']]);
    // People a verb moves to do something somewhere are counted by what they do.
    expect(keys('引导约1亿人在中西部地区就近城镇化。')).toEqual([['1亿人', '就近城镇化']]);
    // An item's label is no part of its words; 其他 is a word, not the lead 其.
    expect(keys('（二）国营企业和事业收入共收到１１，１９４，０４８，０００元。（四）其他收入收到９０３，０６５，０００元。')).toEqual([
      ['１１，１９４，０４８，０００元', '国营企业和事业收入共收到'],
      ['９０３，０６５，０００元', '其他收入收到'],
    ]);
    // Two level words joined by 或者, an adverb before them.
    expect(keys('十一个县，粮食的每亩平均产量已经达到或者超过了一千斤。')).toEqual([['一千斤', '粮食的每亩平均产量']]);
    // An adverb-tagged attribute before the noun an amount measures (长期国债).
    expect(keys('发行1000亿元长期国债，重点投向水利。')).toEqual([['1000亿元', '长期国债']]);
    // A share's subject in its own clause, or in the clause before when that one holds no figure.
    expect(
      keys('据本年５月份的统计，参加农业生产合作社的农户已经占总农户的９０％以上，其中参加高级合作社的农户，已经占总农户的６０％左右。'),
    ).toEqual([
      ['９０％', '参加农业生产合作社的农户占总农户的比重'],
      ['６０％', '参加高级合作社的农户占总农户的比重'],
    ]);
    // A one-character product that is the whole item (纸, 糖), and the increase after it.
    expect(keys('纸520万吨，增加20万吨；糖260万吨，增加10万吨。')).toEqual([
      ['520万吨', '纸'],
      ['20万吨', '纸增加'],
      ['260万吨', '糖'],
      ['10万吨', '糖增加'],
    ]);
    // People counted as a population (十亿多人口, 六亿人民); earthworks in 公方.
    expect(keys('我国有十亿多人口，关系到全国六亿人民的事情。混凝土６０万公方。')).toEqual([
      ['十亿多人', '人口'],
      ['六亿人', '人口'],
      ['６０万公方', '混凝土'],
    ]);
    // A bare 产量 is the output of the clause before's subject.
    expect(keys('海洋和淡水的渔业生产，一九五九年的产量达到五百零二万吨。')).toEqual([['五百零二万吨', '海洋和淡水的渔业生产产量']]);
    // Two subjects and two numbers joined by 和, as with 分别.
    expect(keys('城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4％和11.4％。')).toEqual([
      ['8.4％', '城镇居民人均可支配收入增长'],
      ['11.4％', '农村居民人均纯收入增长'],
    ]);
    // A clause without a verb is the subject whole; a circumstance (在执行中) and the words of a plan (争取) name nothing.
    expect(keys('城乡居民按人口平均的消费水平，将比一九八○年增长百分之二十二，在执行中争取达到百分之二十五。')).toEqual([
      ['百分之二十二', '居民人均消费水平增长'],
      ['百分之二十五', '居民人均消费水平增长'],
    ]);
    // The base of a change after an adverb (已由五十年代的50%), and 担, the unit of ramie and cotton.
    expect(keys('国营建筑企业固定职工的比例，已由五十年代的５０％左右，上升到８０％以上。苎麻产量一百四十四万担。')).toEqual([
      ['５０％', '国营建筑企业固定职工的比例'],
      ['８０％', '国营建筑企业固定职工的比例'],
      ['一百四十四万担', '苎麻产量'],
    ]);
    // 五年合计 is a time word, not part of what is counted.
    expect(keys('五年合计在城镇安排就业的劳动力达到三千五百多万人。')).toEqual([['三千五百多万人', '城镇安排就业的劳动力']]);
  });

  it('reads no figure in years that place or last a time (今后10年内, 25年没有动过), and keeps a count of years', () => {
    expect(keys('我国与东盟一致同意今后１０年内逐步建立中国—东盟自由贸易区。调整了２５年没有动过的粮油销售价格。')).toEqual([]);
    expect(keys('粮食连续3年增产。').map((k) => k[0])).toEqual(['3年']);
  });

  it('names every figure of a sentence, even one that opens it', () => {
    for (const d of described('95%以上实行备案管理。其余8条和新发现的12条正进行全面整治。6家污水厂新扩建工程5家已动工。')) {
      expect(d.indicator.length).toBeGreaterThan(0);
    }
  });
});

describe('findIndicators on a sentence alone', () => {
  it('returns one read per figure, pointing into the sentence', () => {
    const s = '信访举报件886件，已办结799件';
    const reads = findIndicators(s, [
      { start: 5, end: 9, baseUnit: '件' },
      { start: 13, end: 17, baseUnit: '件' },
    ]);
    expect(reads.map((r) => [r.text, r.from])).toEqual([
      ['信访举报件', 'before'],
      ['办结', 'before'],
    ]);
    expect(s.slice(reads[0]!.start, reads[0]!.end)).toBe('信访举报件');
  });
});

describe('normalizeIndicator', () => {
  it('drops light verbs and typography, keeps level and change apart', () => {
    expect(normalizeIndicator('开展约谈', null, '次')).toBe('约谈');
    expect(normalizeIndicator('“三公”经费支出', 'decrease', '%')).toBe('三公经费支出下降');
    expect(normalizeIndicator('国内生产总值', null, '元')).toBe('国内生产总值');
    expect(normalizeIndicator('国内生产总值', 'increase', '%')).toBe('国内生产总值增长');
    expect(normalizeIndicator('国内生产总值', 'increase', '元')).toBe('国内生产总值增加');
    expect(normalizeIndicator('经济增速', null, '%')).toBe('国内生产总值增长');
  });
});

describe('period: the year or span a figure refers to', () => {
  const periodOf = (text: string, year?: number, headings?: string[]) => {
    const at = text.search(/\d+(?:\.\d+)?%|\d+(?:\.\d+)?万?亿?元/);
    return findPeriod({ sentence: text, at, clause: { start: 0, end: text.length }, year, headings })?.value;
  };
  it('reads a year in the clause, skipping the base of a comparison', () => {
    expect(periodOf('1979年农业总产值比1978年增长8.6%')).toBe('1979');
    expect(periodOf('2018年1-9月全市GDP增长7.5%')).toBe('2018');
  });
  it('resolves 去年, 今年, 过去五年 and five-year plans against the report year', () => {
    expect(periodOf('去年末居民储蓄存款余额增长8.5%', 2016)).toBe('2015');
    expect(periodOf('今年国内生产总值增长7%', 2004)).toBe('2004');
    expect(periodOf('过去五年国内生产总值年均增长7.8%', 2016)).toBe('2011/2015');
    expect(periodOf('“十三五”时期经济年均增长保持在6.5%以上', 2016)).toBe('2016/2020');
    expect(periodOf('“十一五”期间单位国内生产总值能耗降低20%', 2006)).toBe('2006/2010');
    expect(periodOf('比上年增长8.5%', 2016)).toBe('2016');
    // 二十五个省 is a count, not the 二十五 of a five-year plan; 第六个五年计划 is one.
    expect(periodOf('在二十五个省建立了政权，增长8.5%', 1954)).toBe('1954');
    expect(periodOf('第六个五年计划期间增长8.5%', 1982)).toBe('1981/1985');
  });
  it('falls back on the headings above, then on the report year', () => {
    expect(periodOf('国内生产总值达到67.7万亿元', 2016, ['2015年工作回顾'])).toBe('2015');
    expect(periodOf('国内生产总值达到67.7万亿元', 2016)).toBe('2016');
    expect(periodOf('国内生产总值达到67.7万亿元')).toBeUndefined();
  });
});

describe('status: target, outcome or change', () => {
  const status = (
    before: string,
    after: string,
    change: 'increase' | 'decrease' | null,
    periodEnd?: number,
    year?: number,
    sentenceBefore = '',
  ) => figureStatus({ before, after, sentenceBefore, change, periodEnd, year });
  it('reads targets from their words and from 左右 for a year not yet over', () => {
    expect(status('中央提出今年经济增长预期目标为', '左右', null, 2004, 2004)).toBe('target');
    expect(status('国内生产总值增长', '左右', 'increase', 2016, 2016)).toBe('target');
    expect(status('力争', '', null, 2018, 2018)).toBe('target');
    expect(status('确保理论教育课不低于总课时的', '', null, 2018, 2018)).toBe('target');
    expect(status('国内生产总值增长', '', 'increase', 2016, 2016, '今年发展的主要预期目标是：')).toBe('target');
  });
  it('tells an achieved change from an achieved level', () => {
    expect(status('国内生产总值比上年增长', '', 'increase', 2003, 2004)).toBe('change');
    expect(status('赤字率提高到', '', null, 2003, 2004)).toBe('change');
    expect(status('国内生产总值达到', '', null, 2015, 2016)).toBe('outcome');
    expect(status('立案', '', null, 2018, 2018)).toBe('outcome');
    // 左右 in a past year hedges an outcome.
    expect(status('降低利息负担约', '左右', null, 2015, 2016)).toBe('outcome');
  });
  it("reads a number under a heading of next year's plan as a target, not one under a heading of how the plan went", () => {
    const under = (headings: string, periodEnd = 2024) =>
      figureStatus({
        before: '每个乡镇至少配备',
        after: '专职应急管理人员',
        sentenceBefore: '',
        change: null,
        periodEnd,
        year: 2024,
        headings,
      });
    expect(under('二、2024年工作打算')).toBe('target');
    expect(under('二、2024年工作要点')).toBe('target');
    expect(under('（二）专项整治纵深推进')).toBe('outcome');
    expect(under('一、2023年工作计划完成情况', 2023)).toBe('outcome');
  });
  it('does not read a plan in a quoted name or a done deed', () => {
    expect(status('“广东特支计划”入选者', '', null, 2018, 2018)).toBe('outcome');
    expect(status('已办结', '', null, 2018, 2018)).toBe('outcome');
  });
});

describe('reportYear', () => {
  it('takes the date, else a year in the title or file name, else the latest full date', () => {
    expect(reportYear({ date: '2018-11-26', title: 'x', file: 'x.txt', dates: [] })).toBe(2018);
    expect(reportYear({ title: '2016年政府工作报告', file: 'a.txt', dates: [] })).toBe(2016);
    expect(reportYear({ title: '政府工作报告', file: 'gwr-1980.txt', dates: [] })).toBe(1980);
    expect(
      reportYear({ title: '通报', file: 'a.txt', dates: [{ id: 'd', report: 'a', text: '', value: '2021-09-08', start: 0, end: 1 }] }),
    ).toBe(2021);
  });
});

describe('a State Council report end to end', () => {
  const text = [
    '一、2015年工作回顾',
    '国内生产总值达到67.7万亿元，增长6.9%。城镇新增就业1312万人。',
    '二、2016年工作总体部署',
    '今年发展的主要预期目标是：国内生产总值增长6.5%－7%，居民消费价格涨幅3%左右，城镇新增就业1000万人以上。',
  ].join('\n');
  it('reads indicator, period and status of each figure', () => {
    expect(described(text, 2016).map((d) => [d.text, d.indicator, d.period, d.status])).toEqual([
      ['67.7万亿元', '国内生产总值', '2015', 'outcome'],
      ['6.9%', '国内生产总值增长', '2015', 'change'],
      ['1312万人', '城镇新增就业', '2015', 'outcome'],
      ['6.5%', '国内生产总值增长', '2016', 'target'],
      ['7%', '国内生产总值增长', '2016', 'target'],
      ['3%', '居民消费价格涨幅', '2016', 'target'],
      ['1000万人', '城镇新增就业', '2016', 'target'],
    ]);
  });
});
