import fs from 'node:fs';

const HEADING = '## Performance';

/** Replaces the body of README's "## Performance" section (up to the next "## " heading), or appends the section. */
export function writeReadmeSection(file: string, body: string): void {
  const readme = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const start = readme.indexOf(`\n${HEADING}\n`);
  const section = `${HEADING}\n\n${body.trim()}\n`;
  if (start < 0) {
    fs.writeFileSync(file, `${readme.trimEnd()}\n\n${section}`);
    return;
  }
  const after = readme.indexOf('\n## ', start + HEADING.length + 1);
  fs.writeFileSync(file, readme.slice(0, start + 1) + section + (after < 0 ? '' : readme.slice(after)));
}
