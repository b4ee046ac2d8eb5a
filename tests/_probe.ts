import { extractReport } from '../src/corpus/extractReport.ts';
const texts = process.argv.slice(2);
for (const t of texts) {
  const r = extractReport({ content: t, meta: {}, path: 'x.txt', file: 'x.txt', format: 'txt', encoding: 'UTF-8' } as any);
  console.log('==', t);
  for (const e of r.entities) console.log('  ', e.type, e.name, e.mentions?.map((m: any) => m.surface ?? '').join('/'));
  for (const f of r.figures) console.log('   F', f.text, '→', f.entities.join(','));
}
