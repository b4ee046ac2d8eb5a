/** The whole string is Chinese characters (the CJK Unified Ideographs block), none else: no digit, letter, mark or space. */
export const isHan = (s: string): boolean => {
  // A loop over the codes, not /^[\u4e00-\u9fff]+$/: recognizers ask it of most words of a report, mostly of one or two
  // characters, where a regular expression's call costs many times the test.
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  return true;
};

/** The code unit is a Chinese character (the CJK Unified Ideographs block, as isHan reads it). */
export const isHanCode = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/** Holds at least one Chinese character (the block isHan reads): a word of punctuation, digits or Latin letters does not. */
export const HAS_HAN = /[\u4e00-\u9fff]/;
