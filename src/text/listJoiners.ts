/**
 * The marks and conjunctions that join a list's members (北京、上海和广州; 教育局与卫健委; 省及市县). One home for what
 * every list reader asks, so the places, organizations and links stages cannot come to disagree on what joins a list.
 * 同 and 跟 stay out: before a verb they mean 'with' (同…合作), not 'and'.
 */
const LIST_JOINERS = '、和与及';

/** Exactly one joiner: the gap between two listed members, or the character beside a member. */
export function isListJoiner(gap: string): boolean {
  return gap.length === 1 && LIST_JOINERS.includes(gap);
}

/** A word jieba cut that joins a list's members: a joiner, or 以及 (…条例以及…办法), which jieba keeps as one word. */
export function isListJoinerWord(word: string): boolean {
  return isListJoiner(word) || word === '以及';
}

/** Members side by side (a gap of nothing) or one joiner between them. */
export function joinsOrAbuts(gap: string): boolean {
  return gap === '' || isListJoiner(gap);
}

/** Whether a stretch of text holds a joiner anywhere (a clause that lists). */
export function hasListJoiner(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (LIST_JOINERS.includes(text[i]!)) return true;
  return false;
}
