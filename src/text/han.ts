/** The whole string is Chinese characters (the CJK Unified Ideographs block), none else: no digit, letter, mark or space. */
export const isHan = (s: string): boolean => /^[\u4e00-\u9fff]+$/.test(s);
