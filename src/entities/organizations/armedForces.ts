import type { EntityContext } from '../context.ts';
import { addNamedBody, coverage, type OrgHit } from './orgHit.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';
import type { Token } from '../segment.ts';

// The services of a state's armed forces (海军, 空军, 陆军) and the armies of China's revolutionary wars (红军,
// 八路军, 新四军, 志愿军): a body by the word alone, which jieba reads as a common noun (海军/n, 红军/n), so no rule of
// names reads it. A longer body holding the word (空军工程大学, 美国海军第七舰队) is read first and keeps it.
const SERVICE = /^(海军|空军|陆军|红军|工农红军|八路军|新四军|志愿军|人民志愿军)$/;
// A military region or theatre by its place (南京军区, 湖北省军区, 大连警备区) or its quarter (东部战区): jieba holds the
// major ones whole (南京军区/nt) and writes the others as the place and the head.
const REGION_HEAD = /(省军区|军分区|军区|警备区|战区)$/;
const QUARTER = /^(东部|南部|西部|北部|中部)$/;
const ARMY_END = /(军|部队)$/;
// The organs of a force written right after it (八路军总部, 南京军区|政治部): one body, the force's organ.
const ORGAN = /^(总部|司令部|政治部|后勤部|联勤部|装备部)$/;
const SERVICE_ORGAN = new RegExp(`^(${SERVICE.source.slice(2, -2)})(${ORGAN.source.slice(2, -2)})$`);
// The armed police's corps in a province (武警|上海|总队, 武警|北京|一|总队): 武警 (an abbreviation to jieba), the place, a
// number and the corps' head; its detachments after it are read as a body's divisions.
const ARMED_POLICE = '武警';
const CORPS_HEAD = /^(总队|支队|指挥部)$/;
const MAY_BE_FORCE = wordFlag((w) => SERVICE.test(w) || SERVICE_ORGAN.test(w) || REGION_HEAD.test(w) || w === ARMED_POLICE);

/** Armed services and military regions written alone, where no longer body holds them. */
export function armedForces(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg, gaz } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const isPlace = (w: string) => gaz.byName.has(w);
  // The force from `start` to the end of token i, with the organ written after it.
  const add = (start: number, i: number) => {
    const next = seg.tokens[i + 1];
    const end = next && next.start === seg.tokens[i]!.end && ORGAN.test(next.word) ? next.end : seg.tokens[i]!.end;
    addNamedBody(out, cover, folded, start, end);
  };
  for (const i of tokensWith(seg, MAY_BE_FORCE)) {
    const t = seg.tokens[i]!;
    if (modifiesNoun(seg.tokens, i)) continue;
    if (t.word === ARMED_POLICE) {
      const end = armedPoliceCorpsEnd(ctx, i);
      if (end !== undefined) addNamedBody(out, cover, folded, t.start, end);
      continue;
    }
    if (SERVICE.test(t.word) || SERVICE_ORGAN.test(t.word)) {
      add(t.start, i);
      continue;
    }
    const head = REGION_HEAD.exec(t.word)![1]!;
    const stem = t.word.slice(0, -head.length);
    // 解放军|南部|战区: a region of the army named before it, read whole with it by the units after bodies.
    const opening = seg.tokens[stem ? i - 1 : i - 2];
    if (opening && opening.end === (stem ? t.start : seg.tokens[i - 1]!.start) && ARMY_END.test(opening.word)) continue;
    if (stem) {
      // 南京军区/nt: the region jieba holds whole, named by a place of the gazetteer or a quarter.
      if (isPlace(stem) || (head === '战区' && QUARTER.test(stem))) add(t.start, i);
      continue;
    }
    // 湖北省|军区, 东部|战区: the place or quarter as the word before.
    const prev = seg.tokens[i - 1];
    if (!prev || prev.end !== t.start || formerUnit(seg.tokens, i - 1)) continue;
    if ((prev.tag === 'ns' && isPlace(prev.word)) || (head === '战区' && QUARTER.test(prev.word))) add(prev.start, i);
  }
  return out;
}

// A force written as what a person served in (原南京军区某部副团长, 前空军雇员): part of saying who the person was.
const FORMER = /^[原前]$/;
// The nouns a force's word qualifies without naming the force: its people (红军|烈士, 空军|雇员) and what is named after it
// (红军|城 a town, 红军|纪念园); before any other noun the force is still itself, and a body under it may follow
// (空军|工程|大学, read whole by the units after bodies).
const QUALIFIED =
  /^(烈士|战士|老战士|雇员|军人|士兵|飞行员|老兵|家属|后代|子弟|城|村|路|街|桥|镇|乡|山|洞|墓|亭|塔|园|楼|纪念馆|纪念园|纪念碑|纪念堂|陵园|烈士陵园)/;

/** The force's word qualifies the noun right after it, or is said to be someone's former unit. */
function modifiesNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return formerUnit(tokens, i) || (!!next && next.start === t.end && QUALIFIED.test(next.word));
}

/** 前|空军, 由原/x|南京军区: the mark of former standing alone before token i or glued by jieba to the word before it. */
function formerUnit(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return (
    !!prev && prev.end === tokens[i]!.start && FORMER.test(prev.word[prev.word.length - 1]!) && (prev.word.length === 1 || prev.tag === 'x')
  );
}

/** Where the corps named by 武警 at token i, its place and its head ends; undefined when no place and head follow. */
function armedPoliceCorpsEnd(ctx: EntityContext, i: number): number | undefined {
  const { seg, gaz } = ctx;
  const place = seg.tokens[i + 1];
  if (!place || place.start !== seg.tokens[i]!.end || place.tag !== 'ns' || !gaz.byName.has(place.word)) return undefined;
  let k = i + 2;
  if (seg.tokens[k] && /^[一二三四五六七八九十]$/.test(seg.tokens[k]!.word)) k++;
  const head = seg.tokens[k];
  return head && head.start === seg.tokens[k - 1]!.end && CORPS_HEAD.test(head.word) ? head.end : undefined;
}
