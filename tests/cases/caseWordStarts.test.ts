import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseSignals, caseWordStarts } from '../../src/cases/caseSignals.ts';
import { semicolonParts } from '../../src/text/clauses.ts';
import { splitTextSentences } from '../../src/text/sentences.ts';

const HELDOUT = 'tests/fixtures/heldout';
const reports = [
  'data/reports/dongguan-2018.txt',
  ...fs
    .readdirSync(HELDOUT)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(HELDOUT, f)),
];
const unmarked = () => false;

/** Every sentence part of a text, as findCases reads them. */
const partsOf = (text: string) => splitTextSentences(text).flatMap((s) => semicolonParts(text, s));

describe('caseWordStarts: the parts a kind of case word is looked for in', () => {
  it('finds in every part of real reports the words a search of every part finds', () => {
    for (const file of reports) {
      const text = fs.readFileSync(file, 'utf8');
      const starts = caseWordStarts(text);
      // No kind skips a part when every offset is a start.
      const everywhere = starts.map(() => Array.from(text, (_, i) => i));
      for (const part of partsOf(text)) {
        expect(caseSignals(text, part, unmarked, starts), `${file} ${text.slice(part.start, part.end)}`).toEqual(
          caseSignals(text, part, unmarked, everywhere),
        );
      }
    }
  });

  it('finds a word that overlaps another of its kind (提醒谈话 after 谈话提醒)', () => {
    const text = '对3名干部进行谈话提醒谈话，给予2人警告处分。';
    const signals = caseSignals(text, { start: 0, end: text.length }, unmarked, caseWordStarts(text));
    expect(signals.map((s) => [s.kind, s.word])).toEqual([
      ['discipline', '谈话提醒'],
      ['discipline', '警告处分'],
    ]);
  });

  it('looks for no word in a part that holds none (most parts of a report)', () => {
    const text = '全年地区生产总值增长6.5%;新增城镇就业1.2万人。市纪委监委立案查处违纪案件35件。';
    const starts = caseWordStarts(text);
    // 立案 and 查处, both investigations, in the last sentence only.
    expect(starts).toEqual([[32, 34], [], [], [], []]);
    expect(caseSignals(text, { start: 0, end: 14 }, unmarked, starts)).toEqual([]);
    expect(caseSignals(text, { start: 27, end: text.length }, unmarked, starts).map((s) => s.word)).toEqual(['立案', '查处']);
  });
});
