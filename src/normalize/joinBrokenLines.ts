import { cutsNumber } from '../text/wraps.ts';
import { CodeSet } from '../text/codeSet.ts';

// Pages saved from a wiki (or any site whose links are their own elements) come out with each link's text on a line of
// its own: "在聽了劉少奇同志⏎關於憲法草案的報告⏎並進行了三天的討論以後，…". Such a file separates its paragraphs with blank
// lines, so a single line break inside a paragraph is a break the page never showed, and the sentence is read as one.

/** A non-empty line of the file and whether a blank line comes before it. */
export interface SourceLine {
  line: string;
  afterBlank: boolean;
  /** Page-break markers taken out of the line (see cleanText). */
  markers?: string;
}

// A line never starts with these: the line before it was cut.
const CONTINUES = /^[，、。；：！？）》」』”’】〕,.;:!?)%]/;
// A line never ends with these: the next line goes on.
const OPENS = new CodeSet('《「『“‘（【〔(');
// A sentence, clause list or quotation ends here (the closing quotes and brackets that may follow a stop).
const STOPS = new CodeSet('。！？!?；;：:…');
const CLOSERS = new CodeSet('”’」』)）】》');
// Both read from the line's end (as /[…]$/ and /[。…][”…]*$/ test, which are tried from every character of a line).
const endsOpen = (line: string) => OPENS.at(line, line.length - 1);
function endsSentence(line: string): boolean {
  let i = line.length - 1;
  while (CLOSERS.at(line, i)) i--;
  return STOPS.at(line, i);
}
const CLAUSE_PUNCTUATION = /[，、。；！？,;!?]/;
// 一、 （一） 1. （1） 第一， 一是: a numbered line starts an item of its own.
const NUMBERED =
  /^(?:[一二三四五六七八九十百]+[、.．,，]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．)）](?!\d)|第[一二三四五六七八九十]+[，,、部章条]|[一二三四五六七八九十]+是)/;
// A link's text: short, and no clause of its own.
const MAX_FRAGMENT = 40;

const isFragment = (line: string) => line.length <= MAX_FRAGMENT && !CLAUSE_PUNCTUATION.test(line);

// Evidence that a file ends its paragraphs with a blank line: enough sentence-final lines, most of them followed by one.
const MIN_PARAGRAPH_ENDS = 10;
const MIN_BLANK_AFTER_END = 0.6;

/**
 * True when the file ends its paragraphs with blank lines (most lines that end a sentence are followed by one): only there
 * is a single break inside a paragraph a cut. A file written one paragraph per line (most reports) is left as it is, and so
 * is a short one, where the evidence is too thin.
 */
export function separatesParagraphsByBlankLines(lines: readonly SourceLine[]): boolean {
  let ends = 0;
  let blankAfter = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!endsSentence(lines[i]!.line)) continue;
    ends++;
    if (lines[i + 1]!.afterBlank) blankAfter++;
  }
  return ends >= MIN_PARAGRAPH_ENDS && blankAfter >= ends * MIN_BLANK_AFTER_END;
}

// A numbered line that holds an ended sentence is no heading standing alone but a heading with its body, or an item, running
// on ("（一）产业转型步伐加快。茶产业…稳定在6⏎0万亩", "一是…不宽；二是基层民族宗⏎教工作力量不足"); so is an enumerated action
// (一是) with a clause of its own, which is never a heading ("一是实施…工程，安排少数民族发展资金40⏎00万元").
const STOP_INSIDE = /[。！？!?；;]/;
const ACTION_CLAUSE = /^[一二三四五六七八九十]+是[^，,]*[，,]/;
const runsOn = (line: string) => STOP_INSIDE.test(line) || ACTION_CLAUSE.test(line);

/** Whether line `b` continues line `a` of the same paragraph of prose (`prose`: the paragraph has clause punctuation). */
function continues(a: string, b: string, prose: boolean): boolean {
  if (CONTINUES.test(b) || endsOpen(a) || cutsNumber(a, b)) return true;
  if (!prose || endsSentence(a) || NUMBERED.test(b)) return false;
  if (NUMBERED.test(a) && !runsOn(a)) return false;
  return isFragment(a) || isFragment(b) || CLAUSE_PUNCTUATION.test(a);
}

/**
 * Lines of a blank-line-separated file with the breaks inside a sentence removed (the characters are all kept); other files'
 * lines unchanged. Title and signature blocks (no clause punctuation) keep their lines.
 */
export function joinBrokenLines(lines: readonly SourceLine[]): SourceLine[] {
  if (!separatesParagraphsByBlankLines(lines)) return [...lines];
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length;) {
    let end = i + 1;
    while (end < lines.length && !lines[end]!.afterBlank) end++;
    let prose = false;
    for (let k = i; k < end && !prose; k++) prose = CLAUSE_PUNCTUATION.test(lines[k]!.line);
    let current = { ...lines[i]! };
    for (let k = i + 1; k < end; k++) {
      // Decided on the lines as written, so that a run of fragments joins link by link.
      if (continues(lines[k - 1]!.line, lines[k]!.line, prose)) {
        current.line += lines[k]!.line;
        if (lines[k]!.markers) current.markers = (current.markers ?? '') + lines[k]!.markers;
      } else {
        out.push(current);
        current = { ...lines[k]! };
      }
    }
    out.push(current);
    i = end;
  }
  return out;
}
