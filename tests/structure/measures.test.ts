import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { structureReport } from '../../src/structure/structureReport.ts';

const excerpt = fs.readFileSync(new URL('../fixtures/structure/dongguan-excerpt.txt', import.meta.url), 'utf8');

describe('enumerated actions of a Dongguan excerpt', () => {
  const { measures, sections } = structureReport(excerpt, 'dg');
  it('finds each action with its heading clause up to the first 。', () => {
    expect(measures.map((m) => [m.ordinal, m.heading])).toEqual([
      ['一是', '全面打响水污染防治攻坚战'],
      ['二是', '坚决打赢蓝天保卫战'],
      ['一是', '严格落实民主集中制'],
    ]);
  });
  it('spans the whole action to its paragraph end, the heading without the ordinal', () => {
    const m = measures[0]!;
    expect(excerpt.slice(m.start, m.headingStart)).toBe('一是');
    expect(excerpt.slice(m.headingStart, m.headingEnd)).toBe(m.heading);
    expect(excerpt[m.headingEnd]).toBe('。');
    expect(excerpt[m.end]).toBe('\n');
    expect(excerpt.slice(m.start, m.end).startsWith('一是全面打响水污染防治攻坚战。出台《东莞市水污染防治行动计划')).toBe(true);
  });
  it('places each action in its innermost section', () => {
    const sec = (id: string | null) => sections.find((s) => s.id === id)?.heading;
    expect(sec(measures[0]!.section)).toBe('全力推进污染防治攻坚');
    expect(sec(measures[2]!.section)).toBe('关于党组织领导有待加强问题');
    expect(measures.map((m) => m.id)).toEqual(['dg-m1', 'dg-m2', 'dg-m3']);
  });
});

describe('actions inside a paragraph (Dongguan line 14)', () => {
  const text =
    '市委坚持把省委巡视整改与中央巡视整改相统筹。一是坚持省委巡视整改与中央巡视整改相统筹。紧紧围绕省委巡视对我市提出的六方面23个问题。二是坚持抓整改与推动高质量发展相统筹。2018年1-9月全市GDP增长7.5%。';
  const { measures } = structureReport(text, 'r');
  it('ends an action where the next ordinal begins', () => {
    expect(measures.map((m) => text.slice(m.start, m.end))).toEqual([
      '一是坚持省委巡视整改与中央巡视整改相统筹。紧紧围绕省委巡视对我市提出的六方面23个问题。',
      '二是坚持抓整改与推动高质量发展相统筹。2018年1-9月全市GDP增长7.5%。',
    ]);
  });
});

describe('which 一是 is an ordinal (own sentences)', () => {
  it('ignores 一是 inside a word', () => {
    const { measures } = structureReport('做到思想统一是前提。唯一是指标。', 'r');
    expect(measures).toEqual([]);
  });
  it('accepts an ordinal after a bracketed label', () => {
    expect(structureReport('【整改措施】一是建立台账。二是明确时限。', 'r').measures.map((m) => m.heading)).toEqual([
      '建立台账',
      '明确时限',
    ]);
  });
  it('ignores an ordinal out of sequence', () => {
    const text = '一是加强领导。三是强化督查。二是完善制度。';
    expect(structureReport(text, 'r').measures.map((m) => m.ordinal)).toEqual(['一是', '二是']);
  });
  it('continues a run across paragraphs, and restarts it under a new heading', () => {
    const text =
      '（一）区委主要负责人组织落实整改工作情况\n一是抓牢思想认识。区委书记作为第一责任人。\n二是抓好责任落实。制定方案。\n（二）区委领导班子情况\n二是不算。\n一是另起。';
    const { measures } = structureReport(text, 'x');
    expect(measures.map((m) => [m.ordinal, m.heading, m.section])).toEqual([
      ['一是', '抓牢思想认识', 'x-s1'],
      ['二是', '抓好责任落实', 'x-s1'],
      ['一是', '另起', 'x-s2'],
    ]);
  });
  it('ends the heading at ；when it comes before 。, and at the next ordinal in a comma list', () => {
    expect(structureReport('一是完善制度；建立台账。二是加强督查。', 'r').measures.map((m) => m.heading)).toEqual(['完善制度', '加强督查']);
    expect(structureReport('主要表现:一是思想认识不到位,二是责任落实不到位。', 'r').measures.map((m) => m.heading)).toEqual([
      '思想认识不到位',
      '责任落实不到位',
    ]);
  });
  it('leaves a colon after the ordinal out of the heading', () => {
    const text = '一是：加强组织领导。成立领导小组。二是:压实整改责任。';
    const { measures } = structureReport(text, 'r');
    expect(measures.map((m) => m.heading)).toEqual(['加强组织领导', '压实整改责任']);
    expect(text.slice(measures[0]!.headingStart, measures[0]!.headingEnd)).toBe('加强组织领导');
  });
  it('keeps a long heading with commas whole (Dongguan line 59)', () => {
    const text =
      '一是成立工作小组开展调查处理工作,举一反三,进一步规范公务员考录工作,严格执行国家、省公务员相关考录规定,严把进人关,杜绝违规突击进人。修订印发有关办法。';
    expect(structureReport(text, 'r').measures[0]!.heading).toBe(
      '成立工作小组开展调查处理工作,举一反三,进一步规范公务员考录工作,严格执行国家、省公务员相关考录规定,严把进人关,杜绝违规突击进人',
    );
  });
  it('reads 十一是 after 十是', () => {
    const ords = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];
    const text = ords.map((o, i) => `${o}是措施${i + 1}。`).join('');
    expect(structureReport(text, 'r').measures.map((m) => m.ordinal)).toEqual(ords.map((o) => `${o}是`));
  });
});

describe('an ordinal alone on its line (the State Council report of 2000, audit22 outline sample row 47)', () => {
  const text =
    '继续实行以质取胜和市场多元化战略，努力扩大出口。\n一是\n积极调整出口商品结构，提高高新技术产品的出口比重。扩大农产品出口。\n二是\n深化外贸体制改革。减少出口环节。\n';
  const { measures } = structureReport(text, 'r');
  it('heads the line after it, up to its first 。', () => {
    expect(measures.map((m) => [m.ordinal, m.heading])).toEqual([
      ['一是', '积极调整出口商品结构，提高高新技术产品的出口比重'],
      ['二是', '深化外贸体制改革'],
    ]);
    expect(text.slice(measures[0]!.start, measures[0]!.end)).toBe(
      '一是\n积极调整出口商品结构，提高高新技术产品的出口比重。扩大农产品出口。',
    );
  });
  it('keeps the ordinals of a list ended by ；on their own lines (1994)', () => {
    const list = '各级政府要做好以下工作：\n一是\n依法打击各种刑事犯罪活动；\n二是\n以法治警，充实治安力量。\n';
    expect(structureReport(list, 'r').measures.map((m) => m.heading)).toEqual(['依法打击各种刑事犯罪活动', '以法治警，充实治安力量']);
  });
});
