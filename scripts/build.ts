// npm run build: extract → Astro → Pagefind → downloads. (Placeholder: the site helper completes it.)
import { execFileSync } from 'node:child_process';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'inherit' });
run('npx', ['tsx', 'scripts/extract.ts']);
run('npx', ['astro', 'build']);
