// A CSV cell that starts with = + - @ (or a tab or carriage return, which some spreadsheets skip before reading a formula)
// is run as a formula when the file is opened: a report quoting 《=HYPERLINK(…)》 must not become a live link or a command.
// OWASP's recommendation (CSV Injection): prefix such a cell with a single quote, which spreadsheets show as text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet will show it as text: a leading ' added where it would otherwise start a formula. */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
