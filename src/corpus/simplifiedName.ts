import * as OpenCC from 'opencc-js';

// Traditional (Taiwan, Hong Kong and general forms) → mainland simplified, for merge keys only; text shown stays as written.
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const toSimplifiedTw = OpenCC.Converter({ from: 'tw', to: 'cn' });

const cache = new Map<string, string>();

/** The simplified-script form of an entity name, so that 東莞市 and 东莞市 are one entity across reports. */
export function simplifiedName(name: string): string {
  let s = cache.get(name);
  if (s === undefined) {
    s = toSimplifiedTw(toSimplified(name));
    cache.set(name, s);
  }
  return s;
}
