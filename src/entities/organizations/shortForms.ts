import type { EntityContext } from '../context.ts';
import { coverage, orgKey, TITLE_AFTER, type OrgHit, type OrgKind } from './orgHit.ts';

interface Owner {
  kind: OrgKind;
  id: string;
  name: string;
  institution: string;
}

// What kind of institution or place a party body belongs to, read off its name, and the word the report then uses for
// it (中共江城理工大学委员会 → 学校党委, 中共华东能源集团有限公司委员会 → 集团党委); a town's are read in townBodies.ts.
const INSTITUTION_HEADS: [RegExp, string[]][] = [
  [/集团/, ['集团']],
  [/公司$/, ['公司']],
  // …and by the one character that ends the kind (院纪委, 校党委, 行党委), after the two-character word is read.
  [/大学$/, ['学校', '大学', '校']],
  [/学院$/, ['学校', '学院', '校', '院']],
  [/学校$/, ['学校', '校']],
  [/医院$/, ['医院', '院']],
  [/银行$/, ['银行', '行']],
];
const NOT_OWN_BEFORE = /[各子该本每分等]$/;
const OTHER_OF_KIND_BEFORE = /(上级|下级|各级|兄弟|其他|其它|[各诸])$/;

/**
 * The short forms of an institution's own party and discipline bodies: where the report writes out one 中共X委员会,
 * 学校党委 / 集团党委 / 镇党委 are that body and 学校纪委 / 集团纪委 / 镇纪委 its discipline committee (named as written).
 */
export function institutionShortForms(ctx: EntityContext, hits: OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const bodies = new Map<string, Owner>();
  for (const h of hits) {
    if (h.kind !== 'co') continue;
    const m = h.id.startsWith('中共') ? h.name.match(/^中共(.+?)(委员会|党委)$/) : h.name.match(/^(.+?(?:公司|集团))(党组|党委)$/);
    // 中共X街道工作委员会 is the street's 党工委.
    if (m) bodies.set(orgKey(h), { kind: h.kind, id: h.id, name: h.name, institution: m[1]!.replace(/工作$/, '') });
  }
  const owners = new Map<string, Owner[]>();
  for (const b of bodies.values()) {
    for (const [re, heads] of INSTITUTION_HEADS)
      if (re.test(b.institution)) for (const head of heads) owners.set(head, [...(owners.get(head) ?? []), b]);
  }
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, hits);
  const discipline = new Map<string, string>();
  for (const [head, list] of owners) {
    if (list.length !== 1) continue;
    const owner = list[0]!;
    for (const body of ['党委', '党工委', '党组', '纪委', '纪工委', '纪检监察组']) {
      const form = `${head}${body}`;
      for (let at = folded.indexOf(form); at >= 0; at = folded.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (cover.any(at, end) || !seg.boundaries.has(at) || NOT_OWN_BEFORE.test(folded.slice(at - 1, at))) continue;
        const party = body.startsWith('党');
        if (party && TITLE_AFTER.test(folded.slice(end, end + 3))) continue;
        if (folded[at - 1] === '驻') continue;
        // 集团纪检监察组: the team stationed in the institution, a body of its own, named as written.
        if (body === '纪检监察组') {
          const team: OrgHit = { start: at, end, kind: 'team', id: form, name: form, score: 0.85 };
          out.push(team);
          cover.add(team);
          continue;
        }
        // The discipline committee of an institution's party body is its own body, keyed by its owner.
        const identity = party ? { kind: owner.kind, id: owner.id } : { kind: 'jw' as const, id: orgKey(owner) };
        const key = orgKey(identity);
        if (!party && !discipline.has(key)) discipline.set(key, form);
        const hit: OrgHit = { start: at, end, ...identity, name: party ? owner.name : discipline.get(key)!, score: 0.85 };
        out.push(hit);
        cover.add(hit);
      }
    }
  }
  return out;
}

/** Bare short forms: 交警支队 for 市交警支队, 常委会 for the only X委常委会, written without their level word. */
export function bareShortForms(ctx: EntityContext, hits: OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const placeEnds = new Set(ctx.gazMatches.map((m) => m.end));
  const out: OrgHit[] = [];
  const byTail = new Map<string, OrgHit[]>();
  for (const h of hits) {
    const surface = folded.slice(h.start, h.end);
    let tail = '';
    if (h.kind === 'gd') tail = surface.slice(1);
    else if (h.kind === 'dept' && h.id.endsWith(':常委会')) tail = '常委会';
    // 中共广东省教育厅党组 calls itself 厅党组.
    else if (h.kind === 'co' && /^中共.+[厅局委院部办]党组$/.test(surface)) tail = surface.slice(-3);
    // 中共绍兴市卫生健康委员会党组 calls itself 市卫生健康委党组 and 委党组.
    const commission = h.kind === 'co' ? surface.match(/^中共.+?([省市区县])([\u4e00-\u9fff]{2,8})委员会(党组|党委)$/) : null;
    const tails = commission ? [`${commission[1]}${commission[2]}委${commission[3]}`, `委${commission[3]}`] : [tail];
    for (const t of tails) {
      if (t.length < 3 && t !== '常委会') continue;
      const list = byTail.get(t) ?? [];
      if (!list.some((x) => orgKey(x) === orgKey(h))) list.push(h);
      byTail.set(t, list);
    }
  }
  const cover = coverage(folded.length, hits);
  // Longer forms first, so that 委党组 inside 市卫生健康委党组 is read as the longer form.
  for (const [tail, owners] of [...byTail].sort((a, b) => b[0].length - a[0].length)) {
    if (owners.length !== 1) continue;
    const owner = owners[0]!;
    for (let at = folded.indexOf(tail); at >= 0; at = folded.indexOf(tail, at + 1)) {
      const end = at + tail.length;
      if (cover.any(at, end)) continue;
      // 晋中市|教育局: written after a place, the body is that place's, not the bare form of the report's own.
      if (placeEnds.has(at)) continue;
      // 衢州市|人民检察院/nt: the end of a body's whole name jieba knows, another body's (a place's, read after), not the bare form.
      const word = seg.tokens[seg.tokenAt[at] ?? -1];
      if (word && word.start < at && word.tag === 'nt') continue;
      // 上级检察院, 各级法院: a body of that kind above or beside the report's own, not it.
      if (OTHER_OF_KIND_BEFORE.test(folded.slice(Math.max(0, at - 2), at))) continue;
      // 纪委常委会 is the discipline body's own committee.
      if (tail === '常委会' && folded.slice(at - 2, at) === '纪委') continue;
      const hit: OrgHit = { start: at, end, kind: owner.kind, id: owner.id, name: owner.name, score: 0.7 };
      out.push(hit);
      cover.add(hit);
    }
  }
  return out;
}
