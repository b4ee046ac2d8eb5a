// Links inside Astro pages: every URL goes through the configured base (BASE_PATH), so the site works under /kg/.
import { withBase } from './paths.ts';

export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL ?? '/', path);
}
