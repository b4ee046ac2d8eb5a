import { describe, expect, it } from 'vitest';
import { findPeriod } from '../../src/figures/indicators/findPeriod.ts';
import { periodMentions } from '../../src/figures/indicators/periodMentions.ts';
import { described } from '../fixtures/figures/describedFigures.ts';

// Each figure of a text as [text, period] or [text, period, status] or [text, indicator, period].
const periods = (text: string, year: number) => described(text, year).map((d) => [d.text, d.period]);
const statuses = (text: string, year: number) => described(text, year).map((d) => [d.text, d.period, d.status]);
const keyed = (text: string, year: number) => described(text, year).map((d) => [d.text, d.indicator, d.period]);

describe('period: a year put up front earlier in the paragraph', () => {
  it('beats the span of the section (gwr-2018: 刚刚过去的2017年 under 过去五年工作回顾)', () => {
    const text = [
      '一、过去五年工作回顾',
      '刚刚过去的2017年，经济社会发展主要目标任务全面完成并好于预期。国内生产总值增长6.9%，居民消费价格上涨1.6%。',
    ].join('\n');
    expect(periods(text, 2018)).toEqual([
      ['6.9%', '2017'],
      ['1.6%', '2017'],
    ]);
  });
  it('beats the year of the section (a paragraph opened by 过去五年 under 2015年工作回顾)', () => {
    const text = ['一、2015年工作回顾', '过去五年，我国发展成就举世瞩目。城镇保障性安居工程住房建设4013万套。'].join('\n');
    expect(periods(text, 2016)).toEqual([['4013万套', '2011/2015']]);
  });
  it('is not read from a year inside a clause, a cause, or the present', () => {
    // 1997年钢产量达到1亿吨以上 speaks of 1997's steel only; the section's span stays.
    const text = [
      '一、关于过去五年的政府工作',
      '1997年钢产量达到1亿吨以上。运输邮电业迅速发展，高速公路增加4083公里。',
      '由于1957年的农业收成比较好，轻工业增长速度大大提高。棉纱产量增长12.7%。',
      '现在，我国已初步形成比较完备的粮食储备体系。外汇储备达到1399亿美元。',
      '顺利完成了“八五”计划，今后八年，特别是近三年，生产的增长必须立足于现有基础。铺轨1400公里。',
    ].join('\n');
    expect(periods(text, 1998).slice(1)).toEqual([
      ['4083公里', '1993/1997'],
      ['12.7%', '1993/1997'],
      ['1399亿美元', '1993/1997'],
      // the object of a verb (完成了“八五”计划) and a period after 特别是 do not open their clause: 今后八年 does.
      ['1400公里', '1998/2005'],
    ]);
  });
  it('gives an average over years a span, not a single year named before (gwr-1998)', () => {
    const text = ['一、关于过去五年的政府工作', '去年经济增长8.8%，商品零售价格涨幅为0.8%。农业增加值平均每年增长4.5%。'].join('\n');
    expect(periods(text, 1998)).toEqual([
      ['8.8%', '1997'],
      ['0.8%', '1997'],
      ['4.5%', '1993/1997'],
    ]);
  });
  it('takes 两年来, at the head of a sentence, for the sentences after it (gwr-1960)', () => {
    const text = '两年来，各地人民公社普遍实行了“农业八字宪法”。其中有六亿一千万亩，抗旱能力已经达到纲要规定的标准。';
    expect(periods(text, 1960)).toEqual([['六亿一千万亩', '1958/1959']]);
  });
});

describe('period: a year that opens a sentence before, when no heading names one', () => {
  it('is read for the sentences after it in the paragraph (gwr-1980), but not a plan named as a subject', () => {
    expect(periods('1979年农业总产值比1978年增长8.6％。粮食产量33212万吨，比上年增加2737万吨。', 1980).slice(1)).toEqual([
      ['33212万吨', '1979'],
      ['2737万吨', '1979'],
    ]);
    expect(periods('第七个五年计划所规定的增长目标要力争实现。十亿以上人口的生活又要不断改善。', 1988)).toEqual([['十亿', '1988']]);
    // 今后: from now on.
    expect(periods('一九八一年实际执行结果为二十五亿元。今后要力争财政赤字少于三十亿元。', 1982).at(-1)).toEqual(['三十亿元', '1982']);
  });
});

describe('period: 本年 is the year the text speaks of', () => {
  it('takes the year named before it in the sentence (gwr-1956), else the heading’s, else the report’s', () => {
    const sentence =
      '国民经济计划执行的结果表明：１９５５年完成的基本建设投资额共为８６．３亿元，本年新增的固定资产比１９５４年增加了１６％。';
    expect(periods(sentence, 1956)).toEqual([
      ['８６．３亿元', '1955'],
      ['１６％', '1955'],
    ]);
    expect(periods(['一、１９５５年国家决算', '本年支出合计２９，３４６，９３８，０００元。'].join('\n'), 1956)).toEqual([
      ['２９，３４６，９３８，０００元', '1955'],
    ]);
    expect(periods('本年内铁路货物周转量将比上年增长１０％。', 1956)).toEqual([['１０％', '1956']]);
  });
});

describe('period: a change from a base year spans the years after it, and is keyed as growth over the span', () => {
  it('reads a base stated in a clause of its own (gwr-2006: 2005年与2000年相比，…增长57.3%)', () => {
    expect(keyed('2005年与2000年相比，国内生产总值增长57.3%，财政收入增长1.3倍。', 2006)[0]).toEqual([
      '57.3%',
      '国内生产总值累计增长',
      '2001/2005',
    ]);
    // gwr-1982: the base heads a list of changes.
    expect(keyed('一九八二年预计同一九八○年比较，棉花增长百分之二十一点九，油料增长百分之三十九。', 1982)).toEqual([
      ['百分之二十一点九', '棉花累计增长', '1981/1982'],
      ['百分之三十九', '油料累计增长', '1981/1982'],
    ]);
  });
  it('reads a base year written with ○ (一九八○年), and the base’s own level right after it', () => {
    expect(
      keyed(
        '第六个五年计划规定，一九八五年工农业总产值达到八千七百一十亿元，比一九八○年的七千一百五十九亿元增加一千五百五十一亿元。',
        1982,
      ),
    ).toEqual([
      ['八千七百一十亿元', '工农业总产值', '1985'],
      ['七千一百五十九亿元', '工农业总产值', '1980'],
      ['一千五百五十一亿元', '工农业总产值累计增加', '1981/1985'],
    ]);
  });
  it('keeps a change over one year and an average rate apart from growth over a span', () => {
    // gwr-1980: 1981's plan against 1980, under a heading naming both years; 保持近两年的水平 names a yardstick, not a period.
    const text = [
      '一、采取有力措施，保证1980、1981年计划的完成',
      '石油产量10，600万吨，保持近两年的水平；发电量3，120亿度，比1980年预计增加120亿度。',
    ].join('\n');
    expect(keyed(text, 1980).at(-1)).toEqual(['120亿度', '发电量增加', '1981']);
    expect(keyed('2007年，国内生产总值比2002年增长65.5%，年均增长10.6%。', 2008)).toEqual([
      ['65.5%', '国内生产总值累计增长', '2003/2007'],
      ['10.6%', '国内生产总值增长', '2003/2007'],
    ]);
  });
});

describe('period: an average over years with one year named', () => {
  it('runs from a year named before it, else from the report’s year to a year to come', () => {
    expect(
      periods('全国职工的工资总额一九八○年为七百七十三亿元，一九八五年将达到九百八十三亿元，平均每年增加四十二亿元。', 1982).at(-1),
    ).toEqual(['四十二亿元', '1981/1985']);
    expect(periods('到１９９２年，力争使国民生产总值达到１５５００亿元左右，平均每年增长７．５％左右。', 1988)).toEqual([
      ['１５５００亿元', '1992'],
      ['７．５％', '1988/1992'],
    ]);
  });
});

describe('period: a span a figure is measured against', () => {
  it('is the period of the figure that states it, not of the averages after it (gwr-1982)', () => {
    const text = [
      '第六个五年计划期间，要继续提高城乡人民的生活水平。',
      '到一九八五年，城乡居民按人口平均的消费水平，将比一九八○年增长百分之二十二，平均每年递增百分之四点一，高于一九五三年至一九八○年二十八年平均每年递增百分之二点六的水平。',
      '其中，城镇居民的消费水平平均每年递增百分之三点二。',
    ].join('');
    expect(periods(text, 1982)).toEqual([
      ['百分之二十二', '1981/1985'],
      ['百分之四点一', '1981/1985'],
      ['百分之二点六', '1953/1980'],
      ['百分之三点二', '1981/1985'],
    ]);
  });
});

describe('period: the two ends of a change over a span', () => {
  it('gives the number a change starts from its first year, the number it reaches its last (gwr-1954, gwr-2018)', () => {
    expect(periods('從一九五〇年到一九五四年，國營企業繳納的稅款所佔的比重從百分之三十四點一增加到百分之六十六點一。', 1954)).toEqual([
      ['百分之三十四點一', '1950'],
      ['百分之六十六點一', '1954'],
    ]);
    // 过去五年 counts back from now: the level it starts from is that of the year before the five.
    expect(periods('过去五年，国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%。', 2018)).toEqual([
      ['54万亿元', '2012'],
      ['82.7万亿元', '2017'],
      ['7.1%', '2013/2017'],
    ]);
  });
});

describe('period: found in the after-audit (seed 2302)', () => {
  it('splits a change under a heading’s span into its two ends (gwr-2018 过去五年工作回顾)', () => {
    const text = ['一、过去五年工作回顾', '深化农业供给侧结构性改革，种植业适度规模经营比重从30%提升到40%以上。'].join('\n');
    expect(periods(text, 2018)).toEqual([
      ['30%', '2012'],
      ['40%', '2017'],
    ]);
  });
  it('reads 上年 after a named year as the year before that one (gwr-1980), 去年 from the report', () => {
    expect(periods('基本建设1979年交付使用的固定资产占投资的比重，由上年的74.3％提高到83.7％。', 1980)).toEqual([
      ['74.3％', '1978'],
      ['83.7％', '1979'],
    ]);
    expect(periods('2003年，用于城市居民最低生活保障的补助资金由去年的46亿元增加到92亿元。', 2004)[0]).toEqual(['46亿元', '2003']);
    // 转为: the number a change turns into is not the starting year's.
    expect(periods('长期亏损的国营农场，1979年有了盈利，由上年亏损9000万元转为盈利3亿多元。', 1980)).toEqual([
      ['9000万元', '1978'],
      ['3亿多元', '1979'],
    ]);
  });
});

describe('periodMentions: decades, plans and set phrases', () => {
  const read = (text: string, year: number) => periodMentions(text, year).map((m) => [text.slice(m.start, m.end), m.from, m.to]);
  it('reads a decade of the century that puts it before the report (由五十年代的50%左右)', () => {
    expect(read('已由五十年代的50%左右，上升到80%以上', 1984)).toEqual([['五十年代', 1950, 1959]]);
    expect(read('上世纪80年代，', 2016)).toEqual([['上世纪80年代', 1980, 1989]]);
    expect(read('90年代以来，', 1998)).toEqual([['90年代以来', 1990, 1998]]);
  });
  it('reads 这五年计划 as the plan the report’s year stands in, and no plan in 百分之十五', () => {
    expect(read('这五年计划安排平均每年有财政赤字三十亿元左右', 1982)).toEqual([['这五年计划', 1981, 1985]]);
    expect(read('普通中学增长百分之十五，', 1958)).toEqual([]);
    expect(read('五年来，', 1998)).toEqual([['五年来', 1993, 1997]]);
    // 五年内 in a plan's first two years is the plan's; in 1988, mid-plan, it is left unread.
    expect(read('五年内全国新建铁路铺轨二千公里', 1982)).toEqual([['五年内', 1981, 1985]]);
    expect(read('五年内全国新建铁路铺轨二千公里', 1986)).toEqual([['五年内', 1986, 1990]]);
    expect(read('五年内国务院提请审议通过的法律有３０项', 1988)).toEqual([]);
    expect(read('原定去冬今春兴修八亿土方', 1958)).toEqual([['去冬今春', 1957, 1958]]);
  });
  it('reads the first or last years of a span named (六五计划前两年, “十一五”前四年), not the whole span', () => {
    // gwr-1982's part 六五计划前两年的执行情况 reviews 1981–82, not the plan's five years (its figures read as targets).
    expect(read('六五计划前两年的执行情况', 1982)).toEqual([['六五计划前两年', 1981, 1982]]);
    expect(read('“十一五”前四年累计单位国内生产总值能耗下降14.38%', 2010)).toEqual([['“十一五”前四年', 2006, 2009]]);
    expect(read('2016—2020年的后两年，', 2021)).toEqual([['2016—2020年的后两年', 2019, 2020]]);
    expect(read('“十三五”头三年', 2019)).toEqual([['“十三五”头三年', 2016, 2018]]);
    // More years than the span holds, or a single year, is no part of it.
    expect(read('2019年前两年', 2020)).toEqual([['2019年', 2019, 2019]]);
    expect(read('“十三五”前八年', 2019)).toEqual([['“十三五”', 2016, 2020]]);
  });
  it('drops a yardstick (近两年的水平) and a base (比上年), keeps 目前', () => {
    expect(read('保持近两年的水平', 1980)).toEqual([]);
    expect(read('比上年增长', 1980)).toEqual([]);
    expect(read('目前国营建筑企业固定职工的比例', 1984)).toEqual([['目前', 1984, 1984]]);
  });
});

describe('period: a part of a span named', () => {
  it('dates the figures after 前四年 of a plan to those years, achieved, not the plan (gwr-2010)', () => {
    expect(statuses('“十一五”前四年累计单位国内生产总值能耗下降14.38%，化学需氧量、二氧化硫排放量分别下降9.66%和13.14%。', 2010)).toEqual([
      ['14.38%', '2006/2009', 'change'],
      ['9.66%', '2006/2009', 'change'],
      ['13.14%', '2006/2009', 'change'],
    ]);
  });
});

describe('findPeriod alone', () => {
  it('reads the sentences before in the paragraph only when the sentence names no period', () => {
    const at = (s: string) => s.search(/\d/);
    const sentence = '国内生产总值增长6.9%';
    const read = (earlier: string[]) =>
      findPeriod({
        sentence,
        at: at(sentence),
        clause: { start: 0, end: sentence.length },
        year: 2018,
        earlier,
        headings: ['过去五年工作回顾'],
      });
    expect(read(['刚刚过去的2017年，经济社会发展主要目标任务全面完成并好于预期。'])).toMatchObject({ value: '2017', source: 'paragraph' });
    expect(read(['经济社会发展主要目标任务全面完成。'])).toMatchObject({ value: '2013/2017', source: 'heading' });
  });
});

describe('status: plans and projections for a period not yet over', () => {
  it('reads 将 before a verb as a plan, not 将 as the object marker', () => {
    expect(statuses('现代工业在工农业总产值中所占的比重将上升到３６．５％。', 1956)).toEqual([['３６．５％', '1956', 'target']]);
    expect(statuses('延续实施研发费用加计扣除政策，将制造业企业研发费用加计扣除比例提高到100%。', 2022)).toEqual([
      ['100%', '2022', 'change'],
    ]);
  });
  it('reads a budget section as a plan (gwr-1956)', () => {
    const text = ['二、１９５６年的国家预算', '农林水利支出比上年增长９１．１９％；交通邮电支出比上年增长１１８．４８％。'].join('\n');
    expect(statuses(text, 1956).map(([, , s]) => s)).toEqual(['target', 'target']);
  });
  it('reads a list led by a projection and a colon as projections (gwr-1954)', () => {
    const text =
      '拿几项最重要的工业产品的一九五四年预计产量来同一九四九年产量比较一下，我们可以看到以下的动人的数字：电力一百零八亿度，原煤八千一百九十九万吨。';
    expect(statuses(text, 1954).map(([, , s]) => s)).toEqual(['target', 'target']);
  });
  it('reads 准备 (not 准备金) as a plan, and a projection heading a list of changes from a base (gwr-1994, gwr-1982)', () => {
    expect(statuses('国家准备重点扶持５００个商品粮大县、１５０个优质棉大县。', 1994).map(([, , s]) => s)).toEqual(['target', 'target']);
    expect(statuses('一九八二年预计同一九八○年比较，棉花增长百分之二十一点九，油料增长百分之三十九。', 1982).map(([, , s]) => s)).toEqual([
      'target',
      'target',
    ]);
    expect(statuses('一九八一年同一九八○年比较，棉花增长百分之二十一点九。', 1982).map(([, , s]) => s)).toEqual(['change']);
  });
  it('reads a clause that opens with the plan as the plan’s figure, even for a past year, but not the level it starts from', () => {
    const text = '1979年农业总产值比1978年增长8.6％。计划建成投产大中型项目118个，实际建成128个。';
    expect(statuses(text, 1980).slice(1)).toEqual([
      ['118个', '1979', 'target'],
      ['128个', '1979', 'outcome'],
    ]);
    expect(statuses('扩大人工草场面积，计划由一九八○年的三千二百万亩增加到一九八五年的一亿亩。', 1982)).toEqual([
      ['三千二百万亩', '1980', 'outcome'],
      ['一亿亩', '1985', 'target'],
    ]);
    expect(statuses('计划生育取得了进展，1979年人口自然增长率由上年的1.2％下降到1.17％。', 1980).at(-1)).toEqual([
      '1.17％',
      '1979',
      'change',
    ]);
  });
  it('reads a section of the year’s tasks as plans, but not the level a planned change starts from (gwr-2022)', () => {
    const text = ['二、2022年政府工作任务', '中央预算内投资安排6400亿元。将科技型中小企业加计扣除比例从75%提高到100%。'].join('\n');
    expect(statuses(text, 2022)).toEqual([
      ['6400亿元', '2022', 'target'],
      ['75%', '2022', 'outcome'],
      ['100%', '2022', 'target'],
    ]);
    // a count that is (我国有…), stated in the section, is not planned.
    expect(statuses(['二、2022年政府工作任务', '我国有2.9亿在校学生，要坚持把教育办好。'].join('\n'), 2022)).toEqual([
      ['2.9亿', '2022', 'outcome'],
    ]);
  });
  it('carries a plan to the next number of the sentence for the same period, not past a semicolon or a deed', () => {
    expect(statuses('预计全年退税减税约2.5万亿元，其中留抵退税约1.5万亿元，退税资金全部直达企业。', 2022)).toEqual([
      ['2.5万亿元', '2022', 'target'],
      ['1.5万亿元', '2022', 'target'],
    ]);
    expect(statuses('预计今年年底前可建成1300公里；6家污水厂新扩建工程5家已动工。', 2018).map(([, , s]) => s)).toEqual([
      'target',
      'outcome',
      'outcome',
    ]);
  });
});

describe('period: the year a ratio is taken to is its base, not the figure’s period', () => {
  it('为1955年的98.88%, 分别为1982年的3.4倍和2.2倍, 是2010年的2.2倍 (gwr-1956, gwr-1988, gwr-2012)', () => {
    const text = '１９８７年来华旅游入境总人数达到２６９０万人次，创汇１８．４亿美元，分别为１９８２年的３．４倍和２．２倍。';
    expect(periods(text, 1988)).toEqual([
      ['２６９０万人次', '1987'],
      ['１８．４亿美元', '1987'],
      ['３．４倍', '1987'],
      ['２．２倍', '1987'],
    ]);
    expect(periods('去年中央财政安排资金120亿元，是2010年的2.2倍。', 2012)).toEqual([
      ['120亿元', '2011'],
      ['2.2倍', '2011'],
    ]);
    // A year the figure is of stays its period (为2020年的目标 is no ratio).
    expect(periods('全省粮食产量达到1.2万亿斤，2019年的产量为1.1万亿斤。', 2021)).toEqual([
      ['1.2万亿斤', '2021'],
      ['1.1万亿斤', '2019'],
    ]);
  });
});

describe('period: the year whose prices a value is counted in is no period', () => {
  it('按一九五二年不变价格计算 (gwr-1958) and （2015年不变价）', () => {
    const text =
      '一九五七年农业和农副业总产值达到六百零三亿五千万元（按一九五二年不变价格计算），比一九五六年增长百分之三点五。' +
      '一九五八年的工业总产值，拟定为六百四十三亿七千万元（按一九五七年不变价格计算），增长百分之十四点六。';
    expect(statuses(text, 1958)).toEqual([
      ['六百零三亿五千万元', '1957', 'outcome'],
      ['百分之三点五', '1957', 'change'],
      ['六百四十三亿七千万元', '1958', 'target'],
      ['百分之十四点六', '1958', 'target'],
    ]);
    expect(periods('全县农民人均纯收入去年达到5000元（2015年不变价），增长8%。', 2021)).toEqual([
      ['5000元', '2020'],
      ['8%', '2020'],
    ]);
  });
});

describe('status: the share of a plan fulfilled so far is an outcome', () => {
  it('完成年计划２７％ by May of the report’s year (gwr-1956), not a plan to fulfil it', () => {
    const text = '在基本建设方面，到５月份为止，全国基本建设投资总额完成年计划２７％，去年同期则完成２４％。';
    expect(statuses(text, 1956).map(([, , s]) => s)).toEqual(['outcome', 'outcome']);
    expect(statuses('各厂可比产品成本降低额在第一季度只完成全年计划的１１％。', 1956)).toEqual([['１１％', '1956', 'outcome']]);
    expect(statuses('今年要完成全年计划的９０％以上。', 2020).map(([, , s]) => s)).toEqual(['target']);
  });
});

describe('period: the two ends of a change', () => {
  it('a change with no years of its own spans the years of the change before it (gwr-2008, gwr-1982)', () => {
    const text = '城镇居民人均可支配收入由2002年7703元增加到2007年13786元，农村居民人均纯收入由2476元增加到4140元。';
    expect(periods(text, 2008)).toEqual([
      ['7703元', '2002'],
      ['13786元', '2007'],
      ['2476元', '2002'],
      ['4140元', '2007'],
    ]);
    const schools = '全国高等学校由一九八○年的六百七十五所增加到一九八二年的七百二十九所，招生数由二十八万人增加到三十一万人。';
    expect(periods(schools, 1982).slice(2)).toEqual([
      ['二十八万人', '1980'],
      ['三十一万人', '1982'],
    ]);
  });

  it('reads the end of a span for the number a change reaches in Chinese numerals, not for a level averaged over it (gwr-1986)', () => {
    const text = '从一九八○年至一九八五年，我国原煤产量由六亿二千万吨增加到八亿五千万吨，原油由一亿零六百万吨增加到一亿二千五百万吨。';
    expect(periods(text, 1986)).toEqual([
      ['六亿二千万吨', '1980'],
      ['八亿五千万吨', '1985'],
      ['一亿零六百万吨', '1980'],
      ['一亿二千五百万吨', '1985'],
    ]);
    const averaged = '“六五”时期同“五五”时期相比，我国粮食的年平均产量由三亿零五百三十万吨增加到三亿七千零六十二万吨。';
    expect(periods(averaged, 1986).at(-1)).toEqual(['三亿七千零六十二万吨', '1981/1985']);
  });
});

describe('status: quotas and demands are plans', () => {
  it('指标为/指标是 and what follows it for the same year (gwr-1958)', () => {
    const text = '一九五八粮食的指标为三千九百二十亿斤，比上一年增加二百二十亿斤，增长百分之五点九。';
    expect(statuses(text, 1958).map(([, , s]) => s)).toEqual(['target', 'target', 'target']);
    expect(statuses('煤炭工业部给他们原定的煤炭产量的指标是二百八十五万吨。', 1958)).toEqual([['二百八十五万吨', '1958', 'target']]);
  });
  it('要求 before the deed it asks for, not 要求 as a noun (gwr-1958)', () => {
    expect(statuses('对于整个基本建设，今年要求节约总投资额的百分之七至百分之十，用于扩大工作量。', 1958).map(([, , s]) => s)).toEqual([
      'target',
      'target',
    ]);
    expect(statuses('按照国家的要求，去年全省粮食产量达到500亿斤。', 2010).map(([, , s]) => s)).toEqual(['outcome']);
  });
});

describe('period: the start of a change that ran its course in a clause before', () => {
  it('is no period of the clauses after it (gwr-1980, gwr-1956)', () => {
    const text = '明年计划轻工业产值占工业总产值的比重，由今年预计的44％提高到45％，即提高1％，可以少用标准煤600万吨。';
    expect(statuses(text, 1980)).toEqual([
      ['44％', '1980', 'target'],
      ['45％', '1981', 'target'],
      ['1％', '1981', 'target'],
      ['600万吨', '1981', 'target'],
    ]);
    const farms =
      '在１９５５年，国营机械化农场由１９５４年的９７个增加到１０６个，这些农场的耕地面积增加到４０４万亩，比１９５４年增加了４５％。';
    expect(periods(farms, 1956).at(-1)).toEqual(['４５％', '1955']);
  });
  it('but is the period of a number another change starts from (gwr-1956)', () => {
    const text = '国营机器拖拉机站由１９５４年的８９个增加到１３８个，服务面积由６６１，８００亩增加到３，１３７，３００亩。';
    expect(periods(text, 1956).slice(2, 3)).toEqual([['６６１，８００亩', '1954']]);
  });
});

describe('period: the years whose total a figure is compared with are no period', () => {
  it('是1950年到2002年53年的总和 (gwr-2008)', () => {
    const text = [
      '一、过去五年工作回顾',
      '五年新增电力装机3.5亿千瓦，是1950年到2002年53年的总和；新增公路19.2万公里，其中高速公路2.8万公里；新增铁路营运里程6100公里。',
    ].join('\n');
    expect(periods(text, 2008).filter(([t]) => t !== '53年')).toEqual([
      ['3.5亿千瓦', '2003/2007'],
      ['19.2万公里', '2003/2007'],
      ['2.8万公里', '2003/2007'],
      ['6100公里', '2003/2007'],
    ]);
  });
});
