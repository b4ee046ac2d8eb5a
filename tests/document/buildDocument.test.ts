import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/buildDocument.ts';
import { withMentions, canLink } from '../../src/document/reportMentions.ts';
import { clauseSubject } from '../../src/document/clauseSubject.ts';
import { structureReport } from '../../src/structure/structureReport.ts';
import { makeEntity, makeReport } from '../fixtures/figures/makeReport.ts';

describe('document: one report read once for figures, cases and link', () => {
  const text = '一、整改落实情况\n一是严肃查处。市纪委监委收到《问题清单》,立案４件;给予处分3人。\n二是“回头看”。大朗镇完成整改12个。';
  const report = makeReport(text, 'r');
  const structure = structureReport(text, 'r');
  const doc = buildDocument(report, structure);

  it('folds full-width digits for matching, keeping every offset', () => {
    expect(doc.folded).toHaveLength(text.length);
    expect(doc.folded.slice(text.indexOf('４'), text.indexOf('４') + 2)).toBe('4件');
  });

  it("has the structure's sentences in order, and each sentence's clauses", () => {
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(structure.sentences.map((s) => text.slice(s.start, s.end)));
    const k = doc.sentences.findIndex((s) => text.slice(s.start, s.end).startsWith('市纪委监委'));
    expect(doc.clauses(k).map((c) => text.slice(c.start, c.end))).toEqual(['市纪委监委收到《问题清单》', '立案４件', '给予处分3人。']);
    expect(doc.clauses(k)).toBe(doc.clauses(k));
  });

  it('locates an offset in its section and measure', () => {
    const place = doc.locate(text.indexOf('大朗镇'));
    expect(place.section).toBe(structure.sections[0]!.id);
    expect(place.measure).toBe(structure.measures[1]!.id);
  });

  it('marks titles and quotations on the folded text', () => {
    expect(doc.titles.map((s) => text.slice(s.start, s.end))).toEqual(['《问题清单》']);
    expect(doc.quotes.map((s) => text.slice(s.start, s.end))).toEqual(['“回头看”']);
  });

  it('adds the mentions once, with their roles, and reads a clause subject from them', () => {
    const body = makeEntity('organization', '市纪委监委', text, [], undefined, 'r');
    const town = makeEntity('place', '大朗镇', text, [], undefined, 'r');
    const mentioned = withMentions(doc, [body, town]);
    expect(mentioned.mentions.map((m) => m.entity.name)).toEqual(['市纪委监委', '大朗镇']);
    expect(mentioned.mentions.every(canLink)).toBe(true);
    const k = doc.sentences.findIndex((s) => text.slice(s.start, s.end).startsWith('市纪委监委'));
    const [first] = doc.clauses(k);
    expect(
      clauseSubject(
        doc.folded,
        first!,
        mentioned.mentions.filter((m) => m.end <= first!.end && m.start >= first!.start),
      ).map((m) => m.entity.name),
    ).toEqual(['市纪委监委']);
  });

  it('splits the text itself for a structure built without sentences', () => {
    const bare = buildDocument(makeReport('高埗镇发生事故,造成5人死亡。全市查处12起。'), {
      sections: [],
      paragraphs: [],
      sentences: [],
      measures: [],
    });
    expect(bare.sentences).toEqual([
      { start: 0, end: 15 },
      { start: 15, end: 23 },
    ]);
    expect(bare.locate(3)).toEqual({ section: null, measure: null });
  });
});
