// Peak memory of a process and all its descendants together (a site build is this process, Astro and Pagefind at once),
// sampled from /proc: GNU time's %M gives only the largest single process. Linux only; elsewhere nothing is sampled.
import fs from 'node:fs';

const PAGE_KB = 4;

/** Resident memory (MB) of `root` and its descendants now, from /proc/<pid>/stat (ppid and rss fields). */
export function treeRssMB(root: number): number {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const e of entries) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${e}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // Fields after the command name (which may hold spaces), in parentheses: state ppid … rss is field 24.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(e);
    const ppid = Number(fields[1]);
    rss.set(pid, Number(fields[21]) * PAGE_KB);
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  let kb = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    kb += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return kb / 1024;
}

/** Samples the tree under `root` every `ms` until stopped; returns the peak seen. */
export function samplePeak(root: number, ms = 500): { stop: () => number } {
  let peak = treeRssMB(root);
  const timer = setInterval(() => (peak = Math.max(peak, treeRssMB(root))), ms);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
