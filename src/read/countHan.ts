// Han ideographs: CJK Unified Ideographs, Extension A, compatibility ideographs, and the astral extensions (as surrogate pairs).
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/g;

/** Number of Chinese characters in `text`. */
export function countHan(text: string): number {
  return text.match(HAN)?.length ?? 0;
}
