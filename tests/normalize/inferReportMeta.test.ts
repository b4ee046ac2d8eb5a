import { describe, expect, it } from 'vitest';
import { inferReportMeta, isBodyName } from '../../src/normalize/inferReportMeta.ts';
import { normalizeReport } from '../../src/normalize/normalizeReport.ts';
import { foldText } from '../../src/text/foldText.ts';
import type { RawReport } from '../../src/types.ts';

const infer = (text: string) => inferReportMeta(text, foldText(text));
const raw = (content: string, meta: RawReport['meta'] = {}, file = 'report.txt'): RawReport => ({
  path: file,
  file,
  format: 'txt',
  encoding: 'UTF-8',
  content,
  meta,
});

const BODY = '市委坚决扛起巡视整改主体责任,加强对巡视整改的组织领导、统筹谋划和督促检查,确保整改见真章、动真格、求实效。';

describe('a title line at the top', () => {
  it('is the title, and its body before 关于 is the issuer; the line stays in the text', () => {
    const text = `中共上海市徐汇区委员会关于十二届市委第二轮巡视集中整改进展情况的通报\n根据市委统一部署,市委第一巡视组于2023年3月29日至6月16日对徐汇区进行了巡视。\n${BODY}`;
    expect(infer(text)).toMatchObject({
      title: '中共上海市徐汇区委员会关于十二届市委第二轮巡视集中整改进展情况的通报',
      issuer: '中共上海市徐汇区委员会',
      titleFrom: 'line',
    });
    expect(normalizeReport(raw(text)).text).toBe(text);
  });

  it('a first line naming a body and its work report is the title, and the body its issuer (no 关于, no inspection)', () => {
    expect(infer('宁海县人民检察院工作报告\n\n2023年，在县委和市检察院的坚强领导下，县检察院全面履行检察职能。')).toMatchObject({
      title: '宁海县人民检察院工作报告',
      issuer: '宁海县人民检察院',
      titleFrom: 'line',
    });
    expect(infer('2024年黄桥镇人民政府工作报告\n\n各位代表：\n现在，我代表镇人民政府向大会报告工作，请予审议。')).toMatchObject({
      title: '2024年黄桥镇人民政府工作报告',
      issuer: '黄桥镇人民政府',
    });
    // A statistical summary: a title, though it names no body that issued it.
    expect(infer('2023年金华市国民经济和社会发展情况\n\n全市实现地区生产总值6011.3亿元，比上年增长6.1%。').title).toBe(
      '2023年金华市国民经济和社会发展情况',
    );
  });

  it("a body's summary that runs on into next year's plan, or its plan alone, is titled by its first line and issued by the body", () => {
    const text = '常德市应急管理局2023年工作总结和2024年工作打算\n\n2023年，市应急管理局坚持人民至上、生命至上。';
    expect(infer(text)).toMatchObject({ title: '常德市应急管理局2023年工作总结和2024年工作打算', issuer: '常德市应急管理局' });
    expect(infer('宜宾市市场监督管理局2024年工作要点\n\n2024年，全市市场监管工作的总体要求是：')).toMatchObject({
      title: '宜宾市市场监督管理局2024年工作要点',
      issuer: '宜宾市市场监督管理局',
    });
  });

  it('a body, the year and what the report covers: the body is the issuer', () => {
    expect(infer('南通市崇川区人民政府2023年政府信息公开工作年度报告\n\n本报告由区政府办公室编制。')).toMatchObject({
      title: '南通市崇川区人民政府2023年政府信息公开工作年度报告',
      issuer: '南通市崇川区人民政府',
    });
  });

  it('a summary, a survey or a yearbook entry is titled by its first line (sentences written for figures22)', () => {
    expect(infer('台州市部分企业2023年年度报告摘要\n\n报告期内，各企业经营总体平稳。')).toMatchObject({
      title: '台州市部分企业2023年年度报告摘要',
    });
    expect(infer('丽水市2023年教育事业发展概况\n\n2023年末，全市共有各级各类学校812所。')).toMatchObject({
      title: '丽水市2023年教育事业发展概况',
    });
  });

  it('a first line that is a sentence or a numbered heading is no title', () => {
    expect(infer('一、基本情况\n全市实现地区生产总值6011.3亿元。').title).toBeUndefined();
    expect(infer('各位代表：\n现在，我向大会报告工作情况').title).not.toBe('各位代表：');
  });

  it('split over two lines (body name, then 关于…的通报) is joined', () => {
    const text = `中共新昌县委员会\n关于省委巡视整改进展情况的通报\n根据省委统一部署,省委第九巡视组对新昌县进行了巡视。\n${BODY}`;
    expect(infer(text).title).toBe('中共新昌县委员会关于省委巡视整改进展情况的通报');
  });

  it('a bracketed note after the title and a posting date above it do not hide it', () => {
    expect(infer(`中共新昌县委关于省委巡视整改进展情况的通报（全文）\n${BODY}`).title).toBe(
      '中共新昌县委关于省委巡视整改进展情况的通报（全文）',
    );
    expect(infer(`2021-06-30 10:20\n中共新昌县委关于省委巡视整改进展情况的通报\n${BODY}`).title).toBe(
      '中共新昌县委关于省委巡视整改进展情况的通报',
    );
  });

  it('a numbered heading is not a title', () => {
    expect(infer(`一、关于巡视整改工作情况的说明\n${BODY}`).titleFrom).toBeUndefined();
  });
});

describe('no title: composed from the sentence that says who inspected whom', () => {
  it.each([
    [
      '根据省委统一部署,2021年3月30日至6月18日,省委第二巡视组对杭州市进行了巡视。',
      '中共杭州市委',
      '中共杭州市委关于省委巡视整改进展情况的通报',
    ],
    [
      '根据市委统一部署,市委第一巡视组于2023年3月29日至6月16日对徐汇区进行了巡视。',
      '中共徐汇区委',
      '中共徐汇区委关于市委巡视整改进展情况的通报',
    ],
    ['根据县委统一部署,县委第三巡察组对大朗镇开展了常规巡察。', '中共大朗镇委员会', '中共大朗镇委员会关于县委巡察整改进展情况的通报'],
    ['根据中央统一部署,中央第六巡视组对中共河南省委进行了巡视。', '中共河南省委', '中共河南省委关于中央巡视整改进展情况的通报'],
    ['根据州委安排,州委第二巡察组对凯里市进行了巡察。', '中共凯里市委', '中共凯里市委关于州委巡察整改进展情况的通报'],
    [
      '根据十二届市委第二轮巡视工作部署,市委第一巡视组对徐汇区进行了为期两个月的巡视。',
      '中共徐汇区委',
      '中共徐汇区委关于十二届市委第二轮巡视整改进展情况的通报',
    ],
    ['根据省委统一部署,2024年7月29日,省委第一巡视组进驻郑州市开展常规巡视。', '中共郑州市委', '中共郑州市委关于省委巡视整改进展情况的通报'],
    [
      '根据省委统一部署,省委第六巡视组对广东省教育厅党组进行了巡视。',
      '中共广东省教育厅党组',
      '中共广东省教育厅党组关于省委巡视整改进展情况的通报',
    ],
    ['根据中央统一部署,中央第十三巡视组对广东省进行了巡视。', '中共广东省委', '中共广东省委关于中央巡视整改进展情况的通报'],
    ['根据自治区党委统一部署,自治区党委第四巡视组对南宁市进行了巡视。', '中共南宁市委', '中共南宁市委关于自治区党委巡视整改进展情况的通报'],
  ])('%s', (sentence, issuer, title) => {
    expect(infer(`${sentence}\n${BODY}`)).toMatchObject({ issuer, title, titleFrom: 'composed' });
  });

  it('the signature names the issuer when there is one, and dates the report', () => {
    const text = `根据省委统一部署,省委第二巡视组对东莞市进行了巡视。\n${BODY}\n中共东莞市委\n2018年11月26日`;
    expect(infer(text)).toMatchObject({ issuer: '中共东莞市委', date: '2018-11-26', title: '中共东莞市委关于省委巡视整改进展情况的通报' });
  });

  it('full-width and written-out signature dates, and signature on one line', () => {
    expect(infer(`${BODY}\n中共新昌县委\n２０２１年６月３０日`).date).toBe('2021-06-30');
    expect(infer(`${BODY}\n中共新昌县委\n二〇二一年六月三十日`).date).toBe('2021-06-30');
    expect(infer(`${BODY}\n中共新昌县委 2021年6月30日`)).toMatchObject({ issuer: '中共新昌县委', date: '2021-06-30' });
  });

  it('a date under the heading dates the report when there is no signature', () => {
    expect(infer(`中共新昌县委关于省委巡视整改进展情况的通报\n（2021年6月30日）\n${BODY}`).date).toBe('2021-06-30');
  });

  it('the dateline of a report delivered at a meeting dates it, not the year the report covers', () => {
    const heading = '关于2023年度柳州市市属国有企业国有资产管理情况的报告';
    const byline = '柳州市人民政府国有资产监督管理委员会主任　覃志刚';
    expect(infer(`${heading}\n——2024年10月24日在柳州市第十六届人民代表大会常务委员会第二十二次会议上\n${byline}\n${BODY}`).date).toBe(
      '2024-10-24',
    );
    expect(infer(`政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理\n${BODY}`).date).toBe('2024-03-05');
    expect(infer(`政府工作报告\n（二〇二四年一月十日在县第十八届人民代表大会第四次会议上）\n${BODY}`).date).toBe('2024-01-10');
    // A sentence of the body that starts with a date and a place is no dateline.
    expect(infer(`政府工作报告\n2024年1月10日在县城召开全县经济工作会议，部署全年工作。`).date).toBeUndefined();
  });

  it('a sentence ending in a date is not a signature', () => {
    expect(infer(`${BODY}\n截至2021年6月30日`).date).toBeUndefined();
  });
});

describe('normalizeReport: metadata the file states wins, the file name is the last resort', () => {
  it('meta title/date/issuer are kept', () => {
    const r = normalizeReport(
      raw(`根据省委统一部署,省委第二巡视组对杭州市进行了巡视。\n${BODY}`, { title: '给定标题', date: '2021-10-15', issuer: '给定机构' }),
    );
    expect(r).toMatchObject({ title: '给定标题', date: '2021-10-15', issuer: '给定机构' });
  });

  it('a text with nothing to go on is titled after its file', () => {
    const r = normalizeReport(raw(BODY, {}, '某某报告.txt'));
    expect(r.title).toBe('某某报告');
    expect(r.date).toBeUndefined();
  });
});

describe('isBodyName', () => {
  it.each(['中共东莞市委', '中共上海市徐汇区委员会', '东莞市人民政府', '市教育局党组', '中国共产党新昌县委员会'])('%s is a body', (s) =>
    expect(isBodyName(s)).toBe(true),
  );
  it.each(['2018年11月26日', '一、全面向上对标对表,坚决落实巡视整改政治责任', '欢迎监督。'])('%s is not', (s) =>
    expect(isBodyName(s)).toBe(false),
  );
});

// Openings of the State Council's government work reports (gwr-1958, gwr-1980, gwr-2014, gwr-1998) and sentences written
// in their style for other bodies: a speech to a congress has no heading, its opening says whom it speaks for and what.
describe('a report read to a congress', () => {
  it('is the government work report of the body it speaks for', () => {
    expect(infer('各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。')).toMatchObject({
      title: '政府工作报告',
      issuer: '国务院',
      titleFrom: 'composed',
    });
    // 向大会报告过去五年的工作: what the State Council reports is the government's work.
    expect(infer('各位代表：\n本届政府从1993年3月就职，到现在已经五年了。我代表国务院向大会报告过去五年的工作。')).toMatchObject({
      title: '政府工作报告',
      issuer: '国务院',
    });
    expect(infer('各位代表：\n现在，我代表最高人民法院，向大会报告工作，请予审议。')).toMatchObject({
      title: '最高人民法院工作报告',
      issuer: '最高人民法院',
    });
  });

  it('takes the title it names (关于…的报告) as written, whoever it is delivered for', () => {
    const text = '各位代表：\n我代表国务院向第一届全国人民代表大会第五次会议，提出关于一九五八年度国民经济计划（草案）的报告，请予审议。';
    expect(infer(text)).toMatchObject({ title: '关于一九五八年度国民经济计划（草案）的报告', issuer: '国务院', titleFrom: 'line' });
    expect(infer('各位代表：\n我受国务院的委托，现在向大会提出关于1980、1981年国民经济计划安排的报告，请予审议。')).toMatchObject({
      title: '关于1980、1981年国民经济计划安排的报告',
      issuer: '国务院',
    });
  });

  it('is dated by the year its file is named by when it gives no date of its own', () => {
    const text = '各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议。';
    expect(normalizeReport(raw(text, {}, 'gwr-2014.txt')).date).toBe('2014');
    expect(normalizeReport(raw(text, {}, 'report.txt')).date).toBeUndefined();
    // Two years in the name say no one year.
    expect(normalizeReport(raw(text, {}, 'plan-2016-2020.txt')).date).toBeUndefined();
  });
});
