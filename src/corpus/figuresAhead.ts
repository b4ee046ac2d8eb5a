import { MessageChannel, receiveMessageOnPort, type Worker } from 'node:worker_threads';
import type { Figure } from '../types.ts';
import type { FileStages } from './extractFile.ts';
import type { FiguresTask } from './figuresOfFile.ts';

/** What the other thread has made of one file so far (undefined: it could not; absent: not yet). */
interface FoundAhead {
  prepared?: FileStages;
  figures?: Figure[];
}

/**
 * The figures of a corpus's files found ahead on a second thread while this one finds everything else (two threads on a
 * corpus too small for each to extract files of its own: both would load the extractor and warm it up, and there
 * the second thread paid for little more than that). The figures' stage reads nothing of the entities, so it runs
 * a report ahead on the other thread, warming up only its own code; this thread takes a report's figures when they
 * are there by its turn and otherwise finds them itself, so it never waits (the other thread still loading, a fault
 * there), and the other thread skips the files this one has passed. The file read, normalized and structured, which
 * the other thread makes first to find the figures, is handed over too, so that this thread does not make it again.
 * The output is the same either way: each is a function of the file's text.
 */
export class FiguresAhead {
  private readonly port;
  private readonly taken = new Int32Array(new SharedArrayBuffer(4));
  private readonly found = new Map<number, FoundAhead>();

  /** `from`: the first file the other thread takes up (the ones before it are this thread's alone). */
  constructor(
    private readonly worker: Worker,
    files: readonly { file: string; id?: string }[],
    from = 0,
  ) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    // A thread that fails leaves every file's figures to this one.
    worker.on('error', () => undefined);
    const task: FiguresTask = { kind: 'figures', files: files.map(({ file, id }) => ({ file, id })), from, port: port2, taken: this.taken };
    worker.postMessage(task, [port2]);
  }

  /** How many files' figures were taken from the other thread. */
  fromOtherThread = 0;
  /** How many files were taken read, normalized and structured from the other thread. */
  preparedOnOtherThread = 0;

  /** File `index`'s figures if the other thread has found them; from then on it skips the files up to this one. */
  take(index: number): Figure[] | undefined {
    this.pass(index);
    this.receive();
    const figures = this.found.get(index)?.figures;
    for (const i of this.found.keys()) if (i <= index) this.found.delete(i);
    if (figures) this.fromOtherThread++;
    return figures;
  }

  /** File `index` read, normalized and structured, if the other thread has made it (handed over once). */
  prepared(index: number): FileStages | undefined {
    this.receive();
    const entry = this.found.get(index);
    const prepared = entry?.prepared;
    if (!prepared) return undefined;
    entry.prepared = undefined;
    this.preparedOnOtherThread++;
    return prepared;
  }

  /** Whether the other thread has found file `index`'s figures (and they are not taken yet). */
  has(index: number): boolean {
    this.receive();
    return this.found.get(index)?.figures !== undefined;
  }

  /** This thread is done with file `index` (the other thread need not find its figures). */
  pass(index: number): void {
    if (Atomics.load(this.taken, 0) <= index) Atomics.store(this.taken, 0, index + 1);
  }

  // What the other thread has sent so far, of the files not yet passed. Read without waiting: a message on the port is
  // taken as it is, whatever this thread is doing.
  private receive(): void {
    const next = Atomics.load(this.taken, 0);
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
      const { index, ...made } = m.message as { index: number } & FoundAhead;
      if (index < next - 1) continue;
      const entry = this.found.get(index);
      if (entry) Object.assign(entry, made);
      else this.found.set(index, made);
    }
  }

  close(): void {
    this.port.close();
    void this.worker.terminate();
  }
}
