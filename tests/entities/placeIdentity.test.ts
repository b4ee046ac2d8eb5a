import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { mergeCorpus } from '../../src/corpus/mergeCorpus.ts';
import type { RawReport } from '../../src/types.ts';

const raw = (file: string, content: string): RawReport => ({ path: file, file, format: 'txt', encoding: 'UTF-8', content, meta: {} });
// Two reports of our own: 沙田镇 is a town of 东莞市 and, among eight others, of 惠州市惠阳区; 大朗镇 only of 东莞市.
const dongguan = extractReport(
  raw('dongguan-note.txt', '中共东莞市委关于巡视整改进展情况的通报\n东莞市沙田镇、大朗镇完成河涌整治12条。\n中共东莞市委\n2018年11月26日'),
);
const huiyang = extractReport(
  raw(
    'huiyang-note.txt',
    '中共惠州市惠阳区委关于巡察整改进展情况的通报\n惠州市惠阳区沙田镇完成整改任务8项，并赴东莞市大朗镇学习。\n中共惠州市惠阳区委\n2019年5月6日',
  ),
);
const places = (name: string, x = mergeCorpus([dongguan, huiyang])) => x.entities.filter((e) => e.type === 'place' && e.name === name);

describe('namesake places across reports', () => {
  it('gives a town whose name several places bear an id naming its city', () => {
    expect(dongguan.entities.find((e) => e.name === '沙田镇')?.id).toBe('place:sha-tian-zhen-dong-guan-365c');
    expect(huiyang.entities.find((e) => e.name === '沙田镇')?.id).toBe('place:sha-tian-zhen-hui-zhou-8b9a');
  });

  it('keeps the two 沙田镇 of two cities apart, each with its own report mentions', () => {
    const shatian = places('沙田镇');
    expect(shatian.map((e) => e.id).sort()).toEqual(['place:sha-tian-zhen-dong-guan-365c', 'place:sha-tian-zhen-hui-zhou-8b9a']);
    for (const e of shatian) expect(new Set(e.mentions.map((m) => m.report)).size).toBe(1);
  });

  it('merges a town only one place bears (大朗镇) across the reports, under its plain id', () => {
    const dalang = places('大朗镇');
    expect(dalang).toHaveLength(1);
    expect(dalang[0]!.id).toBe('place:da-lang-zhen-ae4a');
    expect(new Set(dalang[0]!.mentions.map((m) => m.report))).toEqual(new Set([dongguan.report.id, huiyang.report.id]));
  });

  it('keeps every id when a report is added', () => {
    const alone = new Map(mergeCorpus([dongguan]).entities.map((e) => [`${e.type}:${e.name}`, e.id]));
    const both = mergeCorpus([dongguan, huiyang]).entities;
    for (const [key, id] of alone)
      expect(
        both.some((e) => `${e.type}:${e.name}` === key && e.id === id),
        key,
      ).toBe(true);
  });
});
