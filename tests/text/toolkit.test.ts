import { describe, expect, it } from 'vitest';
import { foldFullwidthAscii, foldWidth } from '../../src/text/foldWidth.ts';
import { foldScriptOnly, foldText } from '../../src/text/foldText.ts';
import { firstAfter, firstAtOrAfter, groupBySpan, insideAny, partitionPoint, withinAny } from '../../src/text/spanSearch.ts';
import { clausesOf, semicolonParts } from '../../src/text/clauses.ts';
import { splitTextSentences } from '../../src/text/sentences.ts';
import { joinWraps, wrapBreaks, wrapGaps } from '../../src/text/wraps.ts';
import { structureLocator } from '../../src/text/locator.ts';
import { structureReport } from '../../src/structure/structureReport.ts';

describe('text/fold: one home, four folds, each one code unit for one', () => {
  const s = '（一）東莞市　完成１２．５％';
  it('foldText folds script and width, ideographic space to space', () => {
    expect(foldText(s)).toBe('(一)东莞市 完成12.5%');
  });
  it('foldWidth folds width only, ideographic space to space', () => {
    expect(foldWidth(s)).toBe('(一)東莞市 完成12.5%');
  });
  it('foldFullwidthAscii folds width only and keeps the ideographic space', () => {
    expect(foldFullwidthAscii(s)).toBe('(一)東莞市\u3000完成12.5%');
  });
  it('foldScriptOnly folds the script and keeps width as written', () => {
    expect(foldScriptOnly(s)).toBe('（一）东莞市　完成１２．５％');
  });
  it('every fold keeps the length', () => {
    for (const f of [foldText, foldWidth, foldFullwidthAscii, foldScriptOnly]) expect(f(s)).toHaveLength(s.length);
  });
});

describe('text/spanSearch', () => {
  const offsets = [3, 7, 7, 12];
  it('finds partition points in ascending offsets', () => {
    expect(firstAtOrAfter(offsets, 7)).toBe(1);
    expect(firstAfter(offsets, 7)).toBe(3);
    expect(firstAtOrAfter(offsets, 13)).toBe(4);
    expect(partitionPoint(0, () => true)).toBe(0);
  });
  it('tells whether a span lies inside sorted disjoint spans, or inside nested ones', () => {
    const spans = [
      { start: 2, end: 5 },
      { start: 8, end: 20 },
    ];
    expect(insideAny(spans, 3)).toBe(true);
    expect(insideAny(spans, 4, 6)).toBe(false);
    expect(insideAny(spans, 5)).toBe(false);
    const within = withinAny([
      { start: 0, end: 10 },
      { start: 2, end: 4 },
    ]);
    expect(within({ start: 5, end: 9 })).toBe(true);
    expect(within({ start: 5, end: 11 })).toBe(false);
  });
  it('groups items by the span their start falls in', () => {
    const groups = groupBySpan(
      [
        { start: 0, end: 5 },
        { start: 5, end: 9 },
      ],
      [{ start: 6 }, { start: 1 }, { start: 9 }],
    );
    expect(groups).toEqual([[{ start: 1 }], [{ start: 6 }]]);
  });
});

describe('text/clauses and sentences', () => {
  const text = '市纪委监委收到问题线索886件,已办结799件;收到信访举报7件,比例为1:2。';
  it('cuts a sentence into clauses at ,;: but not at a ratio', () => {
    const clauses = clausesOf(text, { start: 0, end: text.length });
    expect(clauses.map((c) => text.slice(c.start, c.end))).toEqual([
      '市纪委监委收到问题线索886件',
      '已办结799件',
      '收到信访举报7件',
      '比例为1:2。',
    ]);
  });
  it('cuts a sentence into its ；parts', () => {
    expect(semicolonParts(text, { start: 0, end: text.length }).map((p) => text.slice(p.start, p.end))).toEqual([
      '市纪委监委收到问题线索886件,已办结799件',
      '收到信访举报7件,比例为1:2。',
    ]);
  });
  it('splits a whole text into sentences line by line, as structure does', () => {
    const t = '高埗镇发生事故,造成5人死亡。全市查处12起。\n他说：“整改到位。”随后离开';
    expect(splitTextSentences(t).map((s) => t.slice(s.start, s.end))).toEqual([
      '高埗镇发生事故,造成5人死亡。',
      '全市查处12起。',
      '他说：“整改到位。”',
      '随后离开',
    ]);
  });
});

describe('text/wraps: reading across the line breaks of a wrapped report', () => {
  const text = '已移送县人民法\n  院审理。\n\n回收资金2\n7.4亿元。';
  const sentences = [
    { start: 0, end: 14 },
    { start: 16, end: text.length },
  ];
  it('finds the single line breaks and the whitespace runs inside sentences', () => {
    expect(wrapBreaks(text, sentences)).toEqual([7, 21]);
    expect(wrapGaps(text, sentences)).toEqual([7, 8, 9, 21]);
  });
  it('joins the text and maps offsets back', () => {
    const joined = joinWraps(text, text, sentences)!;
    expect(joined.text).toBe('已移送县人民法院审理。\n\n回收资金27.4亿元。');
    const at = joined.text.indexOf('法院');
    expect(text.slice(joined.start(at), joined.end(at + 2))).toBe('法\n  院');
    expect(joinWraps('一行。', '一行。', [{ start: 0, end: 3 }])).toBeUndefined();
  });
});

describe('text/locator: one answer for section and measure', () => {
  const text = '一、总体情况\n(一)加强领导\n一是压实责任。二是完善制度。\n二、下一步打算\n继续推进。';
  const s = structureReport(text, 't');
  const locate = structureLocator(s);
  it('gives the innermost section and the measure of an offset', () => {
    const at = text.indexOf('完善');
    const place = locate(at);
    expect(place.section).toBe(s.sections.find((x) => x.heading === '加强领导')!.id);
    expect(place.measure).toBe(s.measures.find((m) => m.ordinal === '二是')!.id);
    expect(locate(text.indexOf('继续')).section).toBe(s.sections.find((x) => x.heading === '下一步打算')!.id);
    expect(locate(text.indexOf('继续')).measure).toBeNull();
  });
});
