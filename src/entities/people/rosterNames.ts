import type { EntityContext } from '../context.ts';
import { tagOf } from '../segment.ts';
import { isNameShaped, surnameLength } from './personNames.ts';
import { isHan } from '../../text/han.ts';

/** A name of a roster: where it is written, and the name without the spaces that pad it (刘　强 → 刘强). */
export interface RosterName {
  start: number;
  end: number;
  name: string;
}

// Rolls of honour, lists of delegates and candidates (名单) put one person to a line, the name first and set off by spaces
// from the post or unit after it (欧阳红梅　袁州区西村镇东风村党支部书记), or several names to a line with spaces between
// them; a two-character name is padded to the width of three with a space between surname and given name (刘　强).
const GAP = /[ \u3000\t]+/g;
// A numbering before the name (1.刘强, （1）刘强).
const NUMBERING = /^(?:\d+[.、．]|[（(]\d+[）)])\s*/;
// A label before the names of the line (获奖者名单如下：王　芳　李建国　赵　敏).
const LABEL = /^[^\s：:，,。]{1,12}[：:][ \u3000]*(?=\S)/;
// What a roster writes right after a name: the person's sex or people (万丽华（女）, 吾买尔（维吾尔族）).
const NOTE = '[（(](?:女|男|[\u4e00-\u9fff]{1,5}族)[）)]';
const PERSON_NOTE = new RegExp(`^${NOTE}`);
const PERSON_NOTE_AT_END = new RegExp(`${NOTE}$`);
// jieba's tags of a whole word that is a name or a word it does not know; a name-shaped word it knows as something
// else (项目/n, 单位/n, 高新区/ns) is a table's header or a thing.
const NAME_WORD = /^(nr|nrfg|nrt|x)$/;

interface Piece {
  start: number;
  end: number;
  text: string;
}

/** The names of roster lines: a line of names only, or a block of two or more lines that each open with a name and a gap. */
export function rosterNames(ctx: EntityContext): RosterName[] {
  const { folded } = ctx;
  const out: RosterName[] = [];
  // Lines that open with a name and go on after a gap, held until the block they belong to shows itself a roster; a name
  // with a note after it (万丽华（女）) is a person's whatever the lines around it.
  let block: { name: RosterName; noted: boolean }[] = [];
  const endBlock = () => {
    for (const b of block) if (block.length >= 2 || b.noted) out.push(b.name);
    block = [];
  };
  // Lines of a label and names alone (高三年级：陈建平　向　敏 / 教务处：周海涛 / 政教处：谢芳芳): a line of one name is read
  // where two or more such lines stand together, as a list's rows do; one alone may be a form's field of anything.
  let labelled: RosterName[] = [];
  let labelledLines = 0;
  const endLabelled = () => {
    if (labelledLines >= 2) out.push(...labelled);
    labelled = [];
    labelledLines = 0;
  };
  for (let lineStart = 0; lineStart < folded.length;) {
    const nl = folded.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? folded.length : nl;
    const { pieces, label } = piecesOf(folded, lineStart, lineEnd);
    lineStart = lineEnd + 1;
    if (!pieces.length) {
      endLabelled();
      continue;
    }
    const names = namesOf(pieces);
    const used = names[names.length - 1]?.pieces ?? 0;
    if (label && names.length && used === pieces.length) {
      labelledLines++;
      if (names.length === 1) labelled.push(names[0]!.name);
    } else endLabelled();
    if (names.length >= 2 && used === pieces.length) {
      endBlock();
      out.push(...names.map((n) => n.name));
    } else if (names.length && used < pieces.length) {
      const name = names[0]!.name;
      block.push({ name, noted: PERSON_NOTE.test(folded.slice(name.end, name.end + 8)) });
    } else endBlock();
  }
  endBlock();
  endLabelled();
  return out;
}

/** The runs of characters of a line between gaps, after its numbering and label, and whether it has a label. */
function piecesOf(folded: string, start: number, end: number): { pieces: Piece[]; label: boolean } {
  const line = folded.slice(start, end);
  const lead = line.length - line.trimStart().length;
  const numbering = NUMBERING.exec(line.slice(lead))?.[0].length ?? 0;
  const label = LABEL.exec(line.slice(lead + numbering))?.[0].length ?? 0;
  const from = lead + numbering + label;
  const pieces: Piece[] = [];
  let at = from;
  for (const m of line.slice(from).matchAll(GAP)) {
    const gapAt = from + m.index!;
    if (gapAt > at) pieces.push({ start: start + at, end: start + gapAt, text: line.slice(at, gapAt) });
    at = gapAt + m[0].length;
  }
  if (at < line.length) pieces.push({ start: start + at, end: start + line.length, text: line.slice(at) });
  return { pieces, label: label > 0 };
}

/** The names the pieces open with, in order: a padded name takes two pieces (刘|强), another name one. */
function namesOf(pieces: Piece[]): { name: RosterName; pieces: number }[] {
  const out: { name: RosterName; pieces: number }[] = [];
  let used = 0;
  for (let k = 0; k < pieces.length;) {
    const p = pieces[k]!;
    const next = pieces[k + 1];
    const head = p.text.replace(PERSON_NOTE_AT_END, '');
    if (p.text.length === 1 && next?.text.replace(PERSON_NOTE_AT_END, '').length === 1 && surnameLength(p.text) === 1) {
      const given = next.text[0]!;
      if (!isHan(given)) break;
      out.push({ name: { start: p.start, end: next.start + 1, name: p.text + given }, pieces: (used += 2) });
      k += 2;
      continue;
    }
    if (!isWrittenName(head)) break;
    out.push({ name: { start: p.start, end: p.start + head.length, name: head }, pieces: (used += 1) });
    k += 1;
  }
  return out;
}

/** A name written whole: a surname and one or two characters, no word jieba knows as anything but a name. */
function isWrittenName(text: string): boolean {
  if (text.length < 2 || text.length > 4 || !isHan(text) || !isNameShaped(text)) return false;
  return NAME_WORD.test(tagOf(text));
}
