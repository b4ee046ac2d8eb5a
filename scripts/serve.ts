// npm run preview: serves dist/ (or the folder given) as a plain static server would, under BASE_PATH.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { recoverInterruptedBuild } from '../src/site/build/atomicOutput.ts';

// `npm run preview -- FOLDER` appends to the script's own 'dist': the last folder given wins.
const dir = path.resolve(process.argv.slice(2).at(-1) || 'dist');
let base = process.env.BASE_PATH || '/';
if (!base.startsWith('/')) base = '/' + base;
if (!base.endsWith('/')) base += '/';
const port = Number(process.env.PORT || 4321);
const host = process.env.HOST || '127.0.0.1';

// A build killed while swapping its site in leaves the previous site beside dist/: put it back before serving.
if (recoverInterruptedBuild(dir)) console.log(`preview: put back the previous site that an interrupted build left beside ${dir}`);
if (!fs.existsSync(path.join(dir, 'index.html'))) {
  console.error(`preview: ${dir} holds no built site (run \`npm run build\` first)`);
  process.exit(1);
}

const serve = sirv(dir, { dev: false, etag: true, single: false });
const notFound = fs.existsSync(path.join(dir, '404.html')) ? fs.readFileSync(path.join(dir, '404.html')) : 'not found';
const server = http.createServer((req, res) => {
  const url = req.url ?? '/';
  if (base !== '/' && (url === base.slice(0, -1) || url === '/')) {
    res.writeHead(302, { location: base });
    res.end();
    return;
  }
  if (!url.startsWith(base)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`outside the base path ${base}`);
    return;
  }
  req.url = '/' + url.slice(base.length);
  serve(req, res, () => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound);
  });
});
server.on('error', (e) => {
  console.error(`preview: cannot listen on ${host}:${port} (${(e as Error).message}); set PORT to another port`);
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`Serving ${path.relative(process.cwd(), dir) || dir} at http://${host}:${port}${base}`);
});
