import { BODY_SHORT_NAMES } from '../data/bodyShortNames.ts';

const LONGEST_FIRST = [...BODY_SHORT_NAMES].sort((a, b) => b[0].length - a[0].length);

/**
 * The full name a body's name stands for when it ends with one of official writing's short forms (衡阳市人社局 →
 * 衡阳市人力资源和社会保障局, 省发改委 → 省发展和改革委员会), or undefined.
 */
export function fullBodyName(name: string): string | undefined {
  for (const [short, full] of LONGEST_FIRST) {
    if (name.length > short.length && name.endsWith(short)) return name.slice(0, name.length - short.length) + full;
  }
  return undefined;
}
