// The sentences of an audit written by hand (report written-NN, offsets into the sentence) are extracted one by one,
// with no issuer, as the sentence sets of tests/fixtures/campreg are: their mentions join those of the real reports.
import { findEntities } from '../../src/entities/findEntities.ts';
import { reportOf } from '../entities/entityTestKit.ts';
import type { AuditRow, FoundMention } from './recallAudit.ts';
import { foldText } from '../../src/text/foldText.ts';

export const isWritten = (report: string) => report.startsWith('written-');

export function mentionsOfWrittenSentences(rows: AuditRow[]): FoundMention[] {
  const noStructure = { sections: [], paragraphs: [], sentences: [], measures: [] };
  return rows
    .filter((r) => r.kind === 'sentence' && isWritten(r.report))
    .flatMap((s) =>
      findEntities(reportOf(s.name, foldText(s.name), s.report), noStructure).flatMap((e) =>
        e.mentions.map((m) => ({ report: s.report, start: m.start, end: m.end, type: e.type, surface: m.surface })),
      ),
    );
}
