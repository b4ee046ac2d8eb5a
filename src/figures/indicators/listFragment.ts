import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';
import { segmentPhrase } from './phraseSegments.ts';

// 甘丹曲果镇、春堆乡、强嘎乡等乡镇建成高标准农田2.6万亩, 举办…书会、…马拉松赛等节会活动56场: a read that begins inside a
// list closed by 等 holds the list's last item, which names one of the places or bodies, not what is measured. What is
// measured follows 等: its class word when that is all (节会活动), else the deed the class word's members do (建成高标准农田).
// Reads that hold the whole list are cut only when the list is the subject of a deed: not 原油、冶金、化工等重工业的支出.
const CLOSING_DENG = /等(?![级待于同])/;
const NOT_LIST_DENG = /[高中初平同均对相上下次]$/;

/** Cuts reads that begin at a list's last item to what follows its 等, in place. */
export function listFragments(
  sentence: string,
  _figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[],
  out: IndicatorRead[],
): void {
  out.forEach((r, i) => {
    const slot = slots[i];
    if (!slot || r.start < slot.clause.start || r.start > slot.clause.end) return;
    const at = r.text.search(CLOSING_DENG);
    if (at < 0 || NOT_LIST_DENG.test(r.text.slice(0, at))) return;
    const rest = r.text.slice(at + 1);
    if (rest.length < 2) return;
    const deed = withoutSubject(rest);
    // A read of the list's last item, its other items in the clause before the read's start, is cut to what follows 等.
    // A read of the whole list (城关镇、河口镇、东风乡等乡镇新建村级文化广场) only when the list is the subject of a deed.
    const lastItem = !r.text.slice(0, at).includes('、') && sentence.slice(slot.clause.start, r.start).includes('、');
    const wholeList = r.text.slice(0, at).includes('、') && deed !== rest && opensWithName(r.text);
    if (!lastItem && !wholeList) return;
    const contiguous = sentence.slice(r.start, r.end) === r.text;
    out[i] = { ...r, start: contiguous ? r.end - deed.length : r.start, text: deed };
  });
}

/** Whether a read opens with a name or a noun (城关镇、…), not with a verb or a preposition (增产…等短线钢材). */
function opensWithName(text: string): boolean {
  return /^(?:n|ns|nt|nz|nr|j)$/.test(segmentPhrase(text).tokens[0]?.tag ?? '');
}

/** 乡镇建成高标准农田 → 建成高标准农田: the class word is the doers when a verb and its object follow it. */
function withoutSubject(text: string): string {
  const tokens = segmentPhrase(text).tokens;
  let k = 0;
  while (k < tokens.length && /^(?:n|ns|nt|nz|j)$/.test(tokens[k]!.tag)) k++;
  if (k === 0 || k >= tokens.length - 1 || tokens[k]!.tag !== 'v') return text;
  return text.slice(tokens[k]!.start);
}
