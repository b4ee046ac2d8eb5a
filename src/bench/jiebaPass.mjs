// Child process of `npm run bench`: the yardstick for extraction speed — a plain jieba part-of-speech pass (default
// dictionary, HMM on) over every .txt file of a folder, whole process, in plain Node (no TypeScript loader to pay for).
//   node src/bench/jiebaPass.mjs DIR
import fs from 'node:fs';
import path from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

const dir = process.argv[2];
const jieba = Jieba.withDict(dict);
let words = 0;
for (const f of fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort())
  words += jieba.tag(fs.readFileSync(path.join(dir, f), 'utf8'), true).length;
process.stdout.write(`${JSON.stringify({ words })}\n`);
