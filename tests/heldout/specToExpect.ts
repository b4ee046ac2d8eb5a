// Builds a held-out fixture's expectation (gold format) from its hand-written .spec, reading the report through readReport
// so that .html, .md and GBK files give the figure contexts of the text the extractor sees. Run by hand:
//   npx tsx tests/heldout/specToExpect.ts tests/fixtures/heldout/NAME.spec
import fs from 'node:fs';
import path from 'node:path';
import { readReport } from '../../src/read/readReport.ts';
import type { Expectation } from './compareExpectation.ts';

const CLAUSE_END = /[,，。；;：:！？!?\n]/;

/** The line of the text around `at`: a table row's cells share no clause marks, so the row is the cell's context. */
function lineAround(text: string, at: number): string {
  const s = text.lastIndexOf('\n', at) + 1;
  const e = text.indexOf('\n', at);
  return text.slice(s, e < 0 ? text.length : e);
}

export function specToExpect(specPath: string): Expectation {
  const dir = path.dirname(specPath);
  const base = path.basename(specPath, '.spec');
  const file = fs.readdirSync(dir).find((f) => f.startsWith(base + '.') && !/\.(spec|expect\.json)$/.test(f));
  if (!file) throw new Error(`no report file for ${specPath}`);
  const text = readReport(path.join(dir, file)).content;
  const out: Expectation = { file, entities: [], figures: [], sections: [], measures: [] };
  let cursor = 0;
  for (const raw of fs.readFileSync(specPath, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const parts = line.split('|');
    const optional = parts[parts.length - 1] === '?';
    if (optional) parts.pop();
    const [kind, a = '', b = ''] = parts;
    if (/^L[1-4]$/.test(kind!)) out.sections.push({ level: Number(kind!.slice(1)), heading: a });
    else if (kind === 'M') out.measures.push({ heading: a });
    else if (kind === 'T') {
      // A bare count in a data table's cell (行政规范性文件 5 2 41): the unit is the one its table gives it (件数 → 件,
      // 单位：万元), written as the line's third field; the number is found as a whole number, not inside 2024 or 41.
      const cell = new RegExp(`(?<![\\d.])${a.replace('.', '\\.')}(?![\\d.])`, 'g');
      cell.lastIndex = cursor;
      const m = cell.exec(text);
      if (!m || !b) throw new Error(`bad table cell ${line} after ${cursor} in ${file}`);
      cursor = m.index + a.length;
      const links = parts[3] ?? '';
      out.figures.push({
        value: Number(a),
        unit: b,
        text: a,
        context: lineAround(text, m.index),
        entities: links ? links.split(',') : [],
        optional,
      });
    } else if (kind === 'F') {
      const folded = a.replace(/[\uFF10-\uFF19\uFF0E\uFF05]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
      const m = /^([-−]?[\d.]+)[余餘多]?(.*)$/.exec(folded);
      if (!m) throw new Error(`bad figure ${a}`);
      const at = text.indexOf(a, cursor);
      if (at < 0) throw new Error(`figure ${a} not found after ${cursor} in ${file}`);
      cursor = at + a.length;
      let s = at;
      while (s > 0 && !CLAUSE_END.test(text[s - 1]!)) s--;
      let e = cursor;
      while (e < text.length && !CLAUSE_END.test(text[e]!)) e++;
      out.figures.push({
        value: Number(m[1]!.replace('−', '-')),
        unit: m[2]!.replace(/^[余餘多]/, ''),
        text: a,
        context: text.slice(s, e),
        entities: b ? b.split(',') : [],
        optional,
      });
    } else {
      out.entities.push({ type: kind!, name: a, aliases: b ? b.split(',') : [], optional });
    }
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  for (const spec of process.argv.slice(2)) {
    const exp = specToExpect(spec);
    const target = spec.replace(/\.spec$/, '.expect.json');
    fs.writeFileSync(target, JSON.stringify(exp, null, 1) + '\n');
    console.log(
      `${target}: ${exp.entities.length} entities, ${exp.figures.length} figures, ${exp.sections.length} sections, ${exp.measures.length} measures`,
    );
  }
}
