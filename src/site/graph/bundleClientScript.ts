import path from 'node:path';
import { build } from 'esbuild';

const cache = new Map<string, Promise<string>>();

/**
 * Bundles a browser entry (src/client/…/main.ts) into one classic script (IIFE). Astro emits module scripts,
 * which browsers refuse to run from file://; a classic script runs there too, so the graph and the name search
 * work from a site opened from disk.
 */
export function bundleClientScript(entry: string): Promise<string> {
  const file = path.resolve(entry);
  let bundle = cache.get(file);
  if (!bundle) {
    bundle = build({
      entryPoints: [file],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      write: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
    }).then((result) => result.outputFiles[0]!.text);
    cache.set(file, bundle);
  }
  return bundle;
}
