// Helpers for the read tests: fixture paths, and a temporary folder to write encoded or broken variants of them into.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const INPUTS = path.resolve(import.meta.dirname, '../fixtures/inputs');
export const DONGGUAN = path.resolve(import.meta.dirname, '../../data/reports/dongguan-2018.txt');

export const fixture = (name: string) => path.join(INPUTS, name);
export const readFixture = (name: string) => fs.readFileSync(fixture(name), 'utf8');

/** A fresh temporary folder; `write` puts bytes or text into a file in it and returns the path. */
export function tempFolder(prefix = 'rkg-read-') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    write(name: string, content: Buffer | string): string {
      const file = path.join(dir, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
      return file;
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
