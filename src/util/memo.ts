/**
 * A pure function of a string, remembered per distinct argument: what a recognizer asks of every occurrence of a name
 * or title (a report repeats them, a corpus more so) is worked out once. The memory is emptied when it holds `max`
 * answers, so that a long run over many reports stays bounded.
 */
export function memoize<T>(fn: (key: string) => T, max = 100_000): (key: string) => T {
  const known = new Map<string, T>();
  return (key: string): T => {
    const hit = known.get(key);
    if (hit !== undefined || known.has(key)) return hit as T;
    const value = fn(key);
    if (known.size >= max) known.clear();
    known.set(key, value);
    return value;
  };
}
