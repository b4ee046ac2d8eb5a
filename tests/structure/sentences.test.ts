import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.ts';
import { structureReport } from '../../src/structure/structureReport.ts';

const split = (t: string) => splitSentences(t, { start: 0, end: t.length }).map((s) => t.slice(s.start, s.end));

describe('sentence ends', () => {
  it('splits on 。 and keeps ；inside the sentence (Dongguan line 99)', () => {
    const t =
      '截至目前,市纪委监委收到省委巡视组移交信访举报件886件,已办结799件;收到省委巡视组移交重要线索7件,已办结6件。市委组织部收到省委巡视组移交信访举报件7宗,均已办结。';
    expect(split(t)).toEqual([
      '截至目前,市纪委监委收到省委巡视组移交信访举报件886件,已办结799件;收到省委巡视组移交重要线索7件,已办结6件。',
      '市委组织部收到省委巡视组移交信访举报件7宗,均已办结。',
    ]);
  });
  it('does not end at a 。 inside “…”', () => {
    const t = '牢牢把握“开创新时代东莞工作新局面。必须继续用好改革开放这关键一招”,制定出台意见。引领全市开创新局面。';
    expect(split(t)).toEqual(['牢牢把握“开创新时代东莞工作新局面。必须继续用好改革开放这关键一招”,制定出台意见。', '引领全市开创新局面。']);
  });
  it('ends after a closing quote that closes the sentence too', () => {
    expect(split('他强调:“要真改实改。”全市随即部署。')).toEqual(['他强调:“要真改实改。”', '全市随即部署。']);
  });
  it('ends at ！ and ？ and keeps a final clause without a stop', () => {
    expect(split('整改到位了吗？必须到位！后续跟踪')).toEqual(['整改到位了吗？', '必须到位！', '后续跟踪']);
  });
  it('pairs a full-width bracket with a half-width one', () => {
    expect(split('出台《行动计划（2018-2020年)》。全面推进。')).toEqual(['出台《行动计划（2018-2020年)》。', '全面推进。']);
    expect(split('他说：“整改。”（完）')).toEqual(['他说：“整改。”', '（完）']);
  });
  it('falls back to plain splitting when quotes do not balance', () => {
    expect(split('开展“回头看。巩固成果。')).toEqual(['开展“回头看。', '巩固成果。']);
  });
});

describe('paragraphs and sentences of a report', () => {
  const text = '一、总体情况\n　　坚持问题导向。全面整改。\n\n二是强化督查。';
  const { paragraphs, sentences } = structureReport(text, 'r');
  it('makes each non-blank line a paragraph, trimmed of its indent', () => {
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['一、总体情况', '坚持问题导向。全面整改。', '二是强化督查。']);
    expect(paragraphs.map((p) => p.id)).toEqual(['r-p1', 'r-p2', 'r-p3']);
    expect(paragraphs[1]!.section).toBe('r-s1');
  });
  it('gives sentences ids under their paragraph and the section they stand in', () => {
    expect(sentences.filter((s) => s.paragraph === 'r-p2').map((s) => [s.id, text.slice(s.start, s.end), s.section])).toEqual([
      ['r-p2-s1', '坚持问题导向。', 'r-s1'],
      ['r-p2-s2', '全面整改。', 'r-s1'],
    ]);
  });
});
