import type { RelationContext } from './relationContext.ts';
import type { FoundRelation } from './foundRelation.ts';
import { clauseSubjects, subjectEntities } from './clauseSubject.ts';
import { mentionsIn, namesFrom, objectsOf } from './objects.ts';
import { isTeam } from './findInspections.ts';
import { occurrences } from '../../text/occurrences.ts';
import { firstAtOrAfter } from '../../text/spanSearch.ts';

// What a discipline body does to someone (立案审查, 给予…处分, 问责, 约谈, 诫勉谈话, 通报).
const ACTS =
  '立案审查调查|立案审查|立案调查|审查调查|纪律审查|监察调查|问责|约谈|诫勉谈话|诫勉|通报批评|通报曝光|点名道姓通报|通报|处分|严肃处理';
// 对X(进行|予以)ACT; 给予X…处分; ACT X (约谈X, 问责X).
const TO = new RegExp(`对(.{1,40}?)(?:进行|予以|作出|实施)?(?:了)?(?:${ACTS})`, 'dg');
const GIVE = /给予(.{1,20}?)(?:[\u4e00-\u9fa5]{0,10})处分/dg;
const DIRECT = /(?:约谈|问责|诫勉谈话)(.{1,20})/dg;
// The first two characters of every act above (TO's ACTS, GIVE's 处分, DIRECT's verbs): a clause holding none of them is
// matched by none of the three patterns, and is not run through them (most clauses of a report).
const ACT_OPENS = ['立案', '审查', '纪律', '监察', '问责', '约谈', '诫勉', '通报', '点名', '处分', '严肃'];

/** disciplines: body → the person or body it investigated, punished, held accountable, talked to or named. */
export function findDiscipline(ctx: RelationContext, subjects = clauseSubjects(ctx)): FoundRelation[] {
  const out: FoundRelation[] = [];
  let lastTargets: string[] = [];
  let lastSentence = -1;
  const acts = actOpenings(ctx.folded);
  ctx.clauses.forEach((clause, k) => {
    if (clause.sentence !== lastSentence) lastTargets = [];
    lastSentence = clause.sentence;
    const act = acts[firstAtOrAfter(acts, clause.start)];
    if (act === undefined || act + 2 > clause.end) return;
    const body = ctx.folded.slice(clause.start, clause.end);
    const targets: string[] = [];
    for (const re of [TO, GIVE, DIRECT]) {
      re.lastIndex = 0;
      for (let m = re.exec(body); m; m = re.exec(body)) {
        const start = clause.start + m.indices![1]![0];
        // 给予其…处分: the one the sentence's earlier clause disciplined.
        if (re === GIVE && m[1]!.startsWith('其')) targets.push(...lastTargets);
        // 对…: the phrase runs to the act and names its object whole; 给予X / 约谈X: the names right after the verb.
        const named = re === TO ? objectsOf(mentionsIn(clause, start, start + m[1]!.length)) : namesFrom(ctx.folded, clause, start);
        targets.push(...named.map((t) => t.entity.id));
      }
    }
    if (!targets.length) return;
    lastTargets = targets;
    const { entities, inferred } = subjectEntities(ctx, subjects[k] ?? null);
    for (const source of entities) {
      if (source.type !== 'organization' || isTeam(source)) continue;
      for (const target of new Set(targets)) {
        if (target !== source.id) out.push({ type: 'disciplines', source: source.id, target, clause, ...(inferred ? { inferred } : {}) });
      }
    }
  });
  return out;
}

/** Where an act's first two characters stand in the report's text, ascending (text/occurrences: one lookup per pair). */
function actOpenings(folded: string): number[] {
  const at: number[] = [];
  for (const found of occurrences(folded, ACT_OPENS)) for (const i of found) at.push(i);
  return at.sort((a, b) => a - b);
}
