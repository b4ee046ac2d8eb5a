import path from 'node:path';
import { pinyin } from 'pinyin-pro';

const HAN_RUN = /([\u3400-\u9fff\uf900-\ufaff]+)/;

/**
 * A stable ASCII id from the file name alone (never from its content or position), so that a report keeps its id and URL
 * when others are added or removed: 东莞市2018年.txt → dongguanshi-2018-nian, Dongguan 2018.txt → dongguan-2018.
 */
export function reportId(file: string): string {
  const base = path.basename(file, path.extname(file));
  const parts = base
    .split(HAN_RUN)
    .map((part, i) => (i % 2 === 1 ? pinyin(part, { toneType: 'none', type: 'array', v: true }).join('') : part));
  const slug = parts
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'report';
}
