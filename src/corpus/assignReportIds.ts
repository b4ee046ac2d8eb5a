import fs from 'node:fs';
import path from 'node:path';
import { reportId } from '../normalize/reportId.ts';
import { nameHash } from '../entities/entityId.ts';

/**
 * The id of every report of a corpus, before any is read: its file name's id (reportId), so a report keeps its id and
 * URL when others come and go. Files of one name in several folders (广东/2020年.txt, 湖南/2020年.txt) would share it:
 * the first in path order keeps it, and each other one — unless it is a byte-for-byte copy of the first, which stays
 * a duplicate and is skipped — takes the name of its folder (2020-nian-hu-nan), then a hash of its path if that is
 * taken too. Every id of figures, measures, sections and cases starts with its report's id, so they never collide either.
 */
export function assignReportIds(files: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const byBase = new Map<string, string[]>();
  for (const file of files) {
    const base = reportId(path.basename(file));
    const group = byBase.get(base);
    if (group) group.push(file);
    else byBase.set(base, [file]);
  }
  const taken = new Set(byBase.keys());
  for (const [base, group] of byBase) {
    const [first, ...others] = [...group].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    ids.set(first!, base);
    for (const file of others) {
      if (sameBytes(file, first!)) {
        ids.set(file, base);
        continue;
      }
      let id = `${base}-${reportId(path.basename(path.dirname(path.resolve(file))))}`;
      // The last folders of the path, not the whole of it: the same on every host that mounts the corpus elsewhere.
      const tail = path.resolve(file).split(path.sep).slice(-3).join('/');
      if (taken.has(id)) id = `${base}-${nameHash(tail, 8)}`;
      for (let n = 2; taken.has(id); n++) id = `${base}-${nameHash(tail, 8)}-${n}`;
      taken.add(id);
      ids.set(file, id);
    }
  }
  return ids;
}

function sameBytes(a: string, b: string): boolean {
  try {
    return fs.readFileSync(a).equals(fs.readFileSync(b));
  } catch {
    return false;
  }
}
