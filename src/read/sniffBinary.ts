// A user who points the tool at a folder of downloads will feed it PDFs, Word files and images renamed or mislabelled;
// naming what the file looks like makes the skip message actionable.
const SIGNATURES: { magic: number[]; what: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'looks like a PDF document' },
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'looks like a ZIP archive or Office document' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'looks like an old Word/Excel document' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'looks like an RTF document' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'looks like a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'looks like a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'looks like a GIF image' },
  { magic: [0x1f, 0x8b], what: 'looks like a gzip archive' },
  { magic: [0x52, 0x61, 0x72, 0x21], what: 'looks like a RAR archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], what: 'looks like a 7z archive' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], what: 'looks like an executable' },
];

/** What kind of binary file the bytes start like, or undefined when they do not start like a known binary format. */
export function describeBinary(bytes: Uint8Array): string | undefined {
  for (const { magic, what } of SIGNATURES) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return what;
  }
  return undefined;
}
