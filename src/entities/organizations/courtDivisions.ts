import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { isListJoiner } from '../../text/listJoiners.ts';
import { coverage, type OrgHit } from './orgHit.ts';

// A court's divisions by the law they try and their number (刑事审判庭, 民事审判第一庭), its filing, review and enforcement
// divisions (立案庭, 审判监督庭, 执行局); a procuratorate's numbered departments (第二检察部).
const COURT_DIVISION =
  /(?:刑事|民事|行政|商事|环境资源|知识产权|少年家事|家事|涉外商事|金融)审判(?:第[一二三四五六七八九十]{1,2})?庭|立案庭|审判监督庭|执行局/g;
const PROCURATORATE_DIVISION = /第[一二三四五六七八九十]{1,2}检察部/g;
const COURT = /(法院|中院|高院)$/;
const PROCURATORATE = /检察院$/;
// What may stand before a division written alone: the start of a clause or a list, a mark, or the subject's 由.
const OPENS = /[，。；：、（）“”\s和与及由]/;

/**
 * A court's or procuratorate's divisions written alone where the text names a court or a procuratorate (民事审判第一庭和
 * 民事审判第二庭共审结…, 第五检察部依法…): each is a body of that court, named as written. Written right after its court
 * (市中院刑事审判庭) it is read with the court (bodyDivisions); in a text that names no court 执行局 may be any body's.
 */
export function courtDivisions(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded } = ctx;
  const courts = taken.some((h) => COURT.test(h.name));
  const procuratorates = taken.some((h) => PROCURATORATE.test(h.name));
  if (!courts && !procuratorates) return [];
  const cover = coverage(folded.length, taken);
  const out: OrgHit[] = [];
  for (const [pattern, named] of [
    [COURT_DIVISION, courts],
    [PROCURATORATE_DIVISION, procuratorates],
  ] as const) {
    if (!named) continue;
    for (const m of folded.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = folded[start - 1] ?? '';
      if (cover.any(start, end) || !(before === '' || OPENS.test(before) || isListJoiner(before) || !isHan(before))) continue;
      const hit: OrgHit = { start, end, kind: 'co', id: m[0], name: m[0], score: 0.7 };
      out.push(hit);
      cover.add(hit);
    }
  }
  return out;
}
