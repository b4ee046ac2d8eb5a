/**
 * Number of Chinese characters in `text`: CJK Unified Ideographs, Extension A, compatibility ideographs, and the astral
 * extensions (counted once per surrogate pair). A loop over code units: a regex match would allocate a string per character.
 */
export function countHan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) n++;
    else if (c >= 0xd840 && c <= 0xd87f) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n++;
        i++;
      }
    }
  }
  return n;
}
