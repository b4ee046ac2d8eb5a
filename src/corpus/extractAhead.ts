import type { CorpusProgress } from '../types.ts';
import { cutAhead } from '../entities/segment.ts';
import { entityView } from '../entities/findEntities.ts';
import { extractFile, prepareFile, type FileResult, type PreparedFile } from './extractFile.ts';
import type { FiguresAhead } from './figuresAhead.ts';
import { mark, markThreads } from '../util/timingMarks.ts';

/** A file of the corpus under the id the corpus gave it. */
interface AheadFile {
  file: string;
  id: string;
  size: number;
}

/**
 * Extracts files one after another on this thread, as extractFile does, but with the next file read, normalized and
 * structured before this one is extracted, and its text cut into words by jieba on libuv's thread pool meanwhile: the
 * cut (a tenth of a warm report) then costs this thread nothing, when a core is free for it. The results are those of
 * extractFile, file by file (the same stages on the same text; a file whose first stages throw is left to extractFile,
 * which meets the same fault in its turn and reports it). With `figures`, their figures are taken from another thread
 * where it found them first (the files in this order), and so is each file read, normalized and structured.
 */
export async function extractAhead(
  files: AheadFile[],
  onProgress?: (p: CorpusProgress) => void,
  figures?: FiguresAhead,
): Promise<FileResult[]> {
  const totalBytes = files.reduce((a, f) => a + f.size, 0);
  const results: FileResult[] = [];
  let doneBytes = 0;
  const prepareAt = (i: number) => withFigures(figures?.prepared(i) ?? prepare(files[i]!), i, figures);
  let next = files.length ? prepareAt(0) : undefined;
  let cut = cutOf(next);
  for (let i = 0; i < files.length; i++) {
    mark(`report:${i}`);
    await cut;
    const current = next;
    if (i + 1 < files.length) {
      next = prepareAt(i + 1);
      cut = cutOf(next);
    }
    const { file, id, size } = files[i]!;
    results.push(extractFile(file, id, current));
    figures?.pass(i);
    doneBytes += size;
    onProgress?.({ done: i + 1, total: files.length, file, totalBytes, doneBytes });
  }
  markThreads('reports done');
  return results;
}

const withFigures = (prepared: PreparedFile | undefined, i: number, figures?: FiguresAhead): PreparedFile | undefined =>
  prepared && figures ? { ...prepared, figuresFound: () => figures.take(i) } : prepared;

function prepare({ file, id }: AheadFile): PreparedFile | undefined {
  try {
    return prepareFile(file, id);
  } catch {
    return undefined;
  }
}

// A cut that cannot be made ahead is made in its turn, as without this.
async function cutOf(prepared: PreparedFile | undefined): Promise<void> {
  if (!prepared) return;
  try {
    await cutAhead(entityView(prepared.normalized, prepared.structure).read.folded);
  } catch {
    // nothing kept: segment() cuts the text itself
  }
}
