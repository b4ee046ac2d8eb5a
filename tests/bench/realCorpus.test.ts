import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../src/bench/realCorpus.ts';

// Sentences of the default report (Dongguan, 2018) and of a State Council work report.
const dongguan = '大朗镇党委书记。2018年，全镇共立案查处违纪案件27宗，给予党纪政务处分31人。';
const gwr = '国内生产总值达到82.7万亿元，比上年增长6.9%。';

describe('a corpus of real reports, numbers varied', () => {
  const corpus = realCorpus(
    [
      { name: 'dongguan-2018', text: dongguan },
      { name: 'gwr-2018', text: gwr },
    ],
    5,
  );

  it('takes the sources in turn, the first copy of each as published', () => {
    expect(corpus.map((r) => r.file)).toEqual([
      'dongguan-2018-001.txt',
      'gwr-2018-001.txt',
      'dongguan-2018-002.txt',
      'gwr-2018-002.txt',
      'dongguan-2018-003.txt',
    ]);
    expect(corpus[0]!.text).toBe(dongguan);
    expect(corpus[1]!.text).toBe(gwr);
  });

  it("varies a copy's numbers and nothing else: same words, same length, years kept", () => {
    const copy = corpus[2]!.text;
    expect(copy).not.toBe(dongguan);
    expect(copy.length).toBe(dongguan.length);
    expect(copy.replace(/\d/g, '0')).toBe(dongguan.replace(/\d/g, '0'));
    expect(copy.startsWith('大朗镇党委书记。2018年')).toBe(true);
    expect(corpus[4]!.text).not.toBe(copy);
  });

  it('is the same corpus every run', () => {
    expect(realCorpus([{ name: 'gwr-2018', text: gwr }], 3)).toEqual(realCorpus([{ name: 'gwr-2018', text: gwr }], 3));
  });
});
