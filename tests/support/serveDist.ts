import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** Serves a built site folder on loopback under `base` (e.g. '/kg/'), as a plain static server would. */
export async function serveDist(dir: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const serve = sirv(dir, { dev: false, etag: false, single: false });
  // As static hosts do, a missing page is answered with the site's 404.html (which sends old record URLs to their rows).
  const notFound = path.join(dir, '404.html');
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end('outside base path');
      return;
    }
    req.url = '/' + url.slice(base.length);
    serve(req, res, () => {
      res.statusCode = 404;
      if (fs.existsSync(notFound)) {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(fs.readFileSync(notFound));
      } else res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
