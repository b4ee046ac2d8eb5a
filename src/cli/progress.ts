import type { CorpusProgress } from '../types.ts';

export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
  /** Plain mode (not a terminal): a line every this many files … */
  everyFiles?: number;
  /** … or every this many milliseconds, whichever comes first. */
  everyMs?: number;
  now?: () => number;
}

/**
 * Progress of a long extraction on stderr: on a terminal one live line (files done, MB/s, time left) rewritten in place;
 * elsewhere (CI logs) a plain line now and then. Short runs (a handful of files) print nothing.
 */
export function createProgress(options: ProgressOptions = {}) {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  const tty = Boolean(stream.isTTY);
  const everyFiles = options.everyFiles ?? 50;
  const everyMs = options.everyMs ?? 10_000;
  const started = now();
  let lastPrint = started;
  let lastFiles = 0;
  let live = false;

  const update = (p: CorpusProgress) => {
    if (p.total < 5) return;
    const t = now();
    const line = progressLine(p, t - started);
    if (tty) {
      if (t - lastPrint < 100 && p.done < p.total) return;
      stream.write(`\r\x1b[2K${line}`);
      live = true;
    } else if (p.done - lastFiles >= everyFiles || t - lastPrint >= everyMs || p.done === p.total) {
      stream.write(`${line}\n`);
      lastFiles = p.done;
    } else return;
    lastPrint = t;
  };
  /** Ends the live line so that the next message starts on a line of its own. */
  const end = () => {
    if (live) stream.write('\n');
    live = false;
  };
  return { update, end };
}

export function progressLine(p: CorpusProgress, elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  const mb = p.doneBytes / 1024 / 1024;
  const rate = seconds > 0 ? mb / seconds : 0;
  const left = p.doneBytes > 0 ? ((p.totalBytes - p.doneBytes) / p.doneBytes) * seconds : NaN;
  const pct = p.total ? Math.floor((p.done / p.total) * 100) : 100;
  return `extract: ${p.done}/${p.total} files (${pct}%), ${mb.toFixed(1)} MB, ${rate.toFixed(2)} MB/s, ${formatDuration(left)} left`;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
