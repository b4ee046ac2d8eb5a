import path from 'node:path';

// A year as a name writes it (gwr-1998.txt, 政府工作报告2016): four digits 1940–2099, not part of a longer number.
const YEAR = /(?<!\d)(?:19[4-9]\d|20\d\d)(?!\d)/g;

/** The years a name (a title, a file name) writes, in order. */
export function yearsInName(name: string): number[] {
  return (name.match(YEAR) ?? []).map(Number);
}

/** The year a file is named by (gwr-1998.txt → 1998): its name, folder and extension aside, must hold exactly one. */
export function yearOfFileName(file: string): number | undefined {
  const years = yearsInName(path.basename(file, path.extname(file)));
  return years.length === 1 ? years[0] : undefined;
}
