// Reports mix full-width and half-width punctuation and digits (（一） and (一), 1． and 1., ：and :).
// Matching runs on a folded copy of equal length so every index found in it is an index into the original text.

/** Full-width ASCII forms (U+FF01–U+FF5E) → ASCII, ideographic space → space. Same length as the input. */
export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}
