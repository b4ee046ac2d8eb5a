import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

const documents = (text: string) =>
  entitiesOf(text)
    .filter((e) => e.type === 'regulation')
    .map((e) => e.mentions.map((m) => m.surface).join('|'))
    .sort();

// Misses of the blind recall audit tests/fixtures/audit/gwr-recall.tsv (gwr-2004) and sentences written for the rule.
describe('laws and rules named by their draft', () => {
  it('reads a law before its draft or its revision draft, whatever verb puts it forward (gwr-2004)', () => {
    expect(documents('国务院先后提出银行业监督管理法草案、对外贸易法修订草案等5部法律议案。')).toEqual(['对外贸易法', '银行业监督管理法']);
  });
  it('reads a law before its amendment draft, a rule before its draft in brackets, and a law after a verb and its 了', () => {
    expect(documents('会议通过了环境保护法（草案）和个人所得税法修正案（草案）。')).toEqual(['个人所得税法', '环境保护法']);
    expect(documents('常委会听取了关于黑土地保护条例（修订草案）的说明。')).toEqual(['黑土地保护条例']);
    expect(documents('修改了妇女权益保障法。')).toEqual(['妇女权益保障法']);
  });
  it('reads no way of working nor a rule named by a general word before a draft (gwr-1978, written for the rule)', () => {
    expect(documents('他们提出了新的工作方法草案，改进教学方法。')).toEqual([]);
    expect(documents('提出了一些工作条例草案。')).toEqual([]);
  });
});
