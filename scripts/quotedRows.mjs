/** A word list as the rows of a generated module's array: `perLine` quoted words a row, each row indented and closed by a comma. */
export function quotedRows(words, perLine) {
  const lines = [];
  for (let i = 0; i < words.length; i += perLine)
    lines.push(
      `  ${words
        .slice(i, i + perLine)
        .map((w) => `'${w}'`)
        .join(', ')},`,
    );
  return lines.join('\n');
}
