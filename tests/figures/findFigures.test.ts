import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/figures/findFigures.ts';
import { structureReport } from '../../src/structure/structureReport.ts';
import type { Figure, ReportStructure } from '../../src/types.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';

const EMPTY: ReportStructure = { sections: [], paragraphs: [], sentences: [], measures: [] };
const figuresOf = (text: string, structure: ReportStructure = EMPTY) => findFigures(buildDocument(makeReport(text), structure));
const brief = (f: Figure) => [f.text, f.value, f.unit, f.normalizedValue, f.baseUnit];

describe('findFigures: numbers with units and classifiers (Dongguan sentences)', () => {
  it('reads value, unit, folded value and base unit', () => {
    const text = '截至目前,全市共排查生产经营单位50.46万家次,排查事故隐患25.89万项,关闭违法企业703家,处罚5168.88万元。';
    expect(figuresOf(text).map(brief)).toEqual([
      ['50.46万家次', 50.46, '万家次', 504600, '家次'],
      ['25.89万项', 25.89, '万项', 258900, '项'],
      ['703家', 703, '家', 703, '家'],
      ['5168.88万元', 5168.88, '万元', 51688000 + 800, '元'],
    ]);
  });

  it('keeps 亿 in the unit and folds it into the value', () => {
    const [f] = figuresOf('全市村组两级收支盈余38.7亿元,同比增长36.5%。');
    expect(brief(f!)).toEqual(['38.7亿元', 38.7, '亿元', 3870000000, '元']);
  });

  it('leaves 多/余 out of the unit but keeps it in the text', () => {
    const text = '共3.5万多场次,直接听众达20多万人次,吸引了700多位研究生,完成40余处,共95万多平方米。';
    expect(figuresOf(text).map((f) => [f.text, f.value, f.unit, f.approximate])).toEqual([
      ['3.5万多场次', 3.5, '万场次', true],
      ['20多万人次', 20, '万人次', true],
      ['700多位', 700, '位', true],
      ['40余处', 40, '处', true],
      ['95万多平方米', 95, '万平方米', true],
    ]);
  });

  it('reduces X个 + noun to 个 but keeps 个百分点 and durations (个工作日) whole', () => {
    const text = '按揭转抵押登记2个工作日办结,先后赴大朗镇等18个单位,空气质量达标天数比例同比提高1.6个百分点。';
    expect(figuresOf(text).map((f) => [f.text, f.unit])).toEqual([
      ['2个工作日', '个工作日'],
      ['18个', '个'],
      ['1.6个百分点', '个百分点'],
    ]);
  });

  it('gives the exact span and the clause as context', () => {
    const text = '2018年以来,全市新建截污次支管网1152公里,已超过2017年建成总长度。';
    const [f] = figuresOf(text);
    expect(f).toMatchObject({ text: '1152公里', start: 18, end: 24, context: '全市新建截污次支管网1152公里' });
    expect(text.slice(f!.start, f!.end)).toBe('1152公里');
  });

  it('does not let a ratio colon end the context', () => {
    const [f] = figuresOf('全市592个村(社区)按1:2比例配备党工委书记储备人选。');
    expect(f!.context).toBe('全市592个村(社区)按1:2比例配备党工委书记储备人选');
  });
});

describe('findFigures: what is not a figure', () => {
  it('skips dates and periods', () => {
    const text =
      '2018年3月12日至5月14日,省委巡视组进行了巡视。2018年1-9月全市GDP增长7.5%;2018-2020年;9月底全部完工;7月下旬以来已申请强制执行36宗。';
    expect(figuresOf(text).map((f) => f.text)).toEqual(['7.5%', '36宗']);
  });

  it('skips digits inside 《》 titles, nested 〈〉 included', () => {
    const text = '编印《理论热点名词100例》等资料近20万册,落实《关于〈广东省三年行动计划(2018-2020年)〉的实施方案》。';
    expect(figuresOf(text).map((f) => f.text)).toEqual(['20万册']);
  });

  it('skips list numbers, labels, phone numbers, postcodes, street numbers and licence numbers', () => {
    const text = [
      '粤ICP备2024185129号',
      '1.关于贯彻落实党中央重大决策部署不到位问题',
      '(1)全力推进污染防治攻坚。',
      '出台《实施方案》等“1+N”文件和“1+4”改革系列文件。',
      '联系方式:电话0769-22831798;邮政信箱:东莞市南城区鸿福路99号市委督查室,邮政编码:523888。',
      '第3次会议,PM2.5浓度下降。',
    ].join('\n');
    expect(figuresOf(text)).toEqual([]);
  });

  it('skips ranks', () => {
    expect(figuresOf('考核位列全省前10名,连续3年进入全国前5位,新录用干部12名。').map((f) => f.text)).toEqual(['3年', '12名']);
  });

  it('skips ratios', () => {
    expect(figuresOf('按1:2比例配备。').map((f) => f.text)).toEqual([]);
  });
});

describe('findFigures: change direction and approximation', () => {
  it('marks increases and decreases, not levels', () => {
    const text =
      '全市村组两级负债率降至14.5%,同比下降0.8%。同比增长36.5%,收不抵支村数比去年同期减少47个,减幅超过20%。比2017年总面积多34万平方米。';
    expect(figuresOf(text).map((f) => [f.text, f.change])).toEqual([
      ['14.5%', null],
      ['0.8%', 'decrease'],
      ['36.5%', 'increase'],
      ['47个', 'decrease'],
      ['20%', 'decrease'],
      ['34万平方米', 'increase'],
    ]);
  });

  it('reads 下降为 and 增长到 as levels, 增长达 and 降幅为 as changes', () => {
    const text = '负债率下降为3%,收入增长到5.3万元,客流增长达12%,降幅为4.5%,增幅超过8%。';
    expect(figuresOf(text).map((f) => [f.text, f.change])).toEqual([
      ['3%', null],
      ['5.3万元', null],
      ['12%', 'increase'],
      ['4.5%', 'decrease'],
      ['8%', 'increase'],
    ]);
  });

  it('does not read 提升 + a count of people as a change', () => {
    const [people, share] = figuresOf('提升100万人学历技能素质,全市技术工人的比例提升10%以上。');
    expect([people!.text, people!.change, people!.approximate]).toEqual(['100万人', null, false]);
    expect([share!.text, share!.change, share!.approximate]).toEqual(['10%', 'increase', true]);
  });

  it('marks 约, 近, 超过 and 以上 as approximate', () => {
    const text = '复耕复绿约2100亩;资料近20万册;资产负债率超过50%;党员61岁以上;新增院士2名。';
    expect(figuresOf(text).map((f) => [f.text, f.approximate])).toEqual([
      ['2100亩', true],
      ['20万册', true],
      ['50%', true],
      ['61岁', true],
      ['2名', false],
    ]);
  });
});

describe('findFigures: other scripts and widths', () => {
  it('reads full-width digits and percent signs, with offsets into the shown text', () => {
    const text = '同比增長１４．９％,立案４１５件。';
    const figs = figuresOf(text);
    expect(figs.map((f) => [f.text, f.value, f.unit, f.change])).toEqual([
      ['１４．９％', 14.9, '%', 'increase'],
      ['４１５件', 415, '件', null],
    ]);
    expect(text.slice(figs[0]!.start, figs[0]!.end)).toBe('１４．９％');
  });

  it('reads traditional units through the folded text and keeps the traditional surface', () => {
    const text = '共舉辦宣講活動1300多場次,聽眾達20多萬人次,涉及資金3.2億元,查處違紀案件12宗。';
    expect(figuresOf(text).map((f) => [f.text, f.unit, f.normalizedValue])).toEqual([
      ['1300多場次', '场次', 1300],
      ['20多萬人次', '万人次', 200000],
      ['3.2億元', '亿元', 320000000],
      ['12宗', '宗', 12],
    ]);
  });

  it('skips a phone number and a date inside a title in a traditional text', () => {
    const text = '印發《2019年工作要點》3份,諮詢電話:0755-83123456。';
    expect(figuresOf(text).map((f) => f.text)).toEqual(['3份']);
  });
});

describe('findFigures: sections and measures from the structure', () => {
  it('gives the innermost section and the measure containing the figure', () => {
    const text = '一、全面落实整改责任\n(一)强化组织领导\n一是加强督导。市领导已带头实地督导201次。二是压实责任。\n';
    const structure = structureReport(text, 'test');
    const [f] = findFigures(buildDocument(makeReport(text), structure));
    const section = structure.sections.find((s) => s.id === f!.section);
    const measure = structure.measures.find((m) => m.id === f!.measure);
    expect(section?.heading).toBe('强化组织领导');
    expect(measure?.ordinal).toBe('一是');
  });
});

describe('findFigures: the whole Dongguan report', () => {
  const text = fs.readFileSync(new URL('../../data/reports/dongguan-2018.txt', import.meta.url), 'utf8');
  const figures = findFigures(buildDocument(makeReport(text, 'dongguan-2018'), EMPTY));

  it('finds the 210 required figures and 3 of the 5 optional ones (not the 1:2 ratio, nor the quoted target “两个100%”), nothing else', () => {
    expect(figures).toHaveLength(213);
    expect(figures.filter((f) => f.unit === '岁').map((f) => f.text)).toEqual(['35岁', '61岁', '35岁']);
  });

  it('every figure reads its own text', () => {
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('findFigures: units of other reports', () => {
  it('keeps a unit per another unit whole, and reads durations and goods', () => {
    const text = 'PM2.5平均浓度为29微克/立方米,补贴标准提高到1.2万元/亩,连续3年开展整治,用时5个月,收缴假药1200盒。';
    expect(figuresOf(text).map((f) => [f.text, f.unit, f.baseUnit])).toEqual([
      ['29微克/立方米', '微克/立方米', '微克/立方米'],
      ['1.2万元/亩', '万元/亩', '元/亩'],
      ['3年', '年', '年'],
      ['5个月', '个月', '个月'],
      ['1200盒', '盒', '盒'],
    ]);
  });

  it('reads 亿多 and 余万, and the upper end of a range', () => {
    const text = '挽回经济损失1亿多元,收回资金30余万元,每组5-10人。';
    expect(figuresOf(text).map((f) => [f.text, f.value, f.unit, f.approximate])).toEqual([
      ['1亿多元', 1, '亿元', true],
      ['30余万元', 30, '万元', true],
      ['10人', 10, '人', true],
    ]);
  });

  it('reads 方 as cubic metres but not the 方 of 方面 or 方案', () => {
    expect(figuresOf('清运土方3万方，从3方面入手，制定2方案。').map((f) => [f.text, f.unit])).toEqual([['3万方', '万方']]);
  });

  it('reads 大类 and skips an anniversary', () => {
    expect(figuresOf('分为3大类12项，庆祝建党100周年，连续2周开展。').map((f) => f.text)).toEqual(['3大类', '12项', '2周']);
  });

  it('skips years that name a decade, a time before now, an anniversary or a new era (gwr-1992, 2012, 2016, 2022)', () => {
    expect(figuresOf('提出了９０年代民族工作的主要任务和政策。')).toEqual([]);
    expect(figuresOf('扣牢建军一百年奋斗目标，庆祝建国70年，制定实施新10年农村扶贫开发纲要。')).toEqual([]);
    expect(figuresOf('增量相当于5年前1.5个百分点、10年前2.5个百分点的增量。').map((f) => f.text)).toEqual(['1.5个百分点', '2.5个百分点']);
    // Years that last stay figures: an extension, a run of years, a total over years.
    expect(figuresOf('土地承包期再延长30年，实现连续6年增产，重新3年规划。').map((f) => f.text)).toEqual(['30年', '6年', '3年']);
  });

  it('skips hotline numbers, generation labels and dated slogans', () => {
    expect(figuresOf('拨打12345政务服务热线,培养90后干部,开展“12·4”国家宪法日宣传,5G基站建设。')).toEqual([]);
  });
});

describe('findFigures: thousands separators', () => {
  it('reads 1,286.5 as one number in a text whose clauses are separated by ，', () => {
    const [f] = figuresOf('经查，追回资金1,286.5万元，共计12,300人。');
    expect([f!.text, f!.value, f!.normalizedValue, f!.context]).toEqual(['1,286.5万元', 1286.5, 12865000, '追回资金1,286.5万元']);
  });

  it('keeps a comma between clauses where the text separates clauses with ,', () => {
    expect(figuresOf('经查,追回资金286.5万元,共计300人,另有12,300人。').map((f) => f.text)).toEqual(['286.5万元', '300人', '300人']);
  });

  it('reads ASCII digits grouped by the full-width comma where a report does so again and again (gwr-1980)', () => {
    const text = '1979年新建职工住宅6，256万平方米，比上年增长66％。1980年上半年职工住宅施工面积7，371万平方米，比去年同期又有所增长。';
    expect(figuresOf(text).map((f) => [f.text, f.value])).toEqual([
      ['6，256万平方米', 6256],
      ['66％', 66],
      ['7，371万平方米', 7371],
    ]);
  });
});

describe('findFigures: spaced text', () => {
  it('reads a unit after one space and still skips years and ordinals', () => {
    const text = '反馈的 36 个问题，整改率 97.5 %，2021 年完成，第 3 次会议。';
    expect(figuresOf(text).map((f) => [f.text, f.unit])).toEqual([
      ['36 个', '个'],
      ['97.5 %', '%'],
    ]);
  });
});

describe('findFigures: odd input', () => {
  it('returns nothing for an empty text, a text without digits, or stray marks', () => {
    expect(figuresOf('')).toEqual([]);
    expect(figuresOf('坚持以习近平新时代中国特色社会主义思想为指导。')).toEqual([]);
    expect(figuresOf('》《“12')).toEqual([]);
  });

  it('reads a figure at the very end of a text without punctuation', () => {
    expect(figuresOf('给予党纪处分37人').map((f) => [f.text, f.context])).toEqual([['37人', '给予党纪处分37人']]);
  });
});
