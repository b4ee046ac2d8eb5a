import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';

// 支持重点产业振兴和技术改造，中央预算投资安排150亿元; 为加快社会保障体系建设，今年中央财政将安排2762亿元; 对于少数民族地区，
// 本年预算共支出…: money whose own words name only who pays and how (安排, 投入, 支出) is for what the clause before it says the
// sentence does. That purpose is kept with it in brackets, as a clause that frames the sentence is (落实这些措施).

// Who pays, and the words of time, plan and degree that may stand with it, before the generic money words.
const FUNDER =
  /^(?:今年|去年|明年|全年|当年|本年|五年|近三年|[\d〇零○一二三四五六七八九]{4}年)?(?:全国|中央和地方|中央|国家|地方|各级)?(?:财政|预算内?|政府)?(?:还|将|拟|再|共|已|累计|为此|每年|当年)*/;
// Money named by what is done with it, of no purpose of its own.
const GENERIC_MONEY = /^(?:投资|预算投资|预算)?(?:共|总|还|将|拟)*(?:安排|投入|支出|投资|拨款|拨出|下达|增加支出|安排支出)*(?:资金)?$/;
// A purpose a clause states: 为(了)…, 对(于)…, 在…方面, or a verb of support or doing and its object (支持…, 继续实施…, 加大对…的投入).
const PURPOSE = [
  /^(?:为了?|对于?)([\u4e00-\u9fff“”、]{2,24}?)(?:方面|的需要|的要求)?$/,
  /^在([\u4e00-\u9fff“”、的]{2,24}?)方面$/,
  /^(?:我们|国家|各级政府|各地)?(?:要|将|继续|进一步|大力|加快|积极|着力|重点)*(?:支持|实施|推进|扶持|推动|加强)([\u4e00-\u9fff“”、]{2,24})$/,
  /^(?:我们|国家|各级政府|各地)?(?:要|将|继续|进一步|大力)*加大对([\u4e00-\u9fff“”、]{2,24})的投入$/,
  /^(?:我们|国家|各级政府|各地)?(?:要|将|继续|进一步|大力)*(?:增加|加大)([\u4e00-\u9fff“”、]{2,16})投入$/,
];
const CLAUSE_BREAK = /[,，;；:：。]/;
// A clause of time alone (从今年起, 今后五年, 同时): no purpose of its own.
const TIME_CLAUSE =
  /^(?:从|自|由)?(?:今年|明年|今后[一二三四五六七八九十\d]{1,2}年|(?:\d{4}|[〇零○一二三四五六七八九]{4})年|同时|此外|今后)(?:起|开始|以来|内)?$/;

/** Gives each money figure of a sentence read as its funder and a generic verb the purpose the clause before it states. */
export function fundedPurpose(
  sentence: string,
  figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[],
  out: IndicatorRead[],
): void {
  for (let i = 0; i < out.length; i++) {
    if (!figures[i]!.baseUnit.endsWith('元') || out[i]!.from !== 'before' || out[i]!.text.includes('（')) continue;
    const text = out[i]!.text;
    const rest = text.slice(FUNDER.exec(text)![0].length);
    if (!rest || !GENERIC_MONEY.test(rest)) continue;
    const purpose = purposeBefore(sentence, slots[i]!.clause.start, figures, text.includes('为此'));
    if (!purpose) continue;
    out[i] = { ...out[i]!, text: `${text}（${purpose}）` };
    // 本年预算共支出…，比１９５５年增长３２．５６％: the numbers after that share its words share its purpose.
    for (let k = i + 1; k < out.length && out[k]!.from === 'previous' && out[k]!.text === text; k++)
      out[k] = { ...out[k]!, text: out[i]!.text };
  }
}

/** The purpose the clause right before `clauseStart` states (or, `referred` by 为此, is), when no figure stands in it. */
function purposeBefore(sentence: string, clauseStart: number, figures: readonly SentenceFigure[], referred: boolean): string | undefined {
  let end = clauseStart - 1;
  if (end <= 0 || !/[,，]/.test(sentence[end]!)) return undefined;
  let start = end;
  while (start > 0 && !CLAUSE_BREAK.test(sentence[start - 1]!)) start--;
  // 为保证…的需要，从今年起，国家财政将每年安排支出…: a clause of time alone stands between the purpose and the money.
  if (TIME_CLAUSE.test(sentence.slice(start, end).trim()) && start > 1 && /[,，]/.test(sentence[start - 1]!)) {
    end = start - 1;
    start = end;
    while (start > 0 && !CLAUSE_BREAK.test(sentence[start - 1]!)) start--;
  }
  if (figures.some((f) => f.start < end && f.end > start)) return undefined;
  const clause = sentence.slice(start, end).trim();
  // 基本扫除青壮年文盲，中央财政将为此投入100亿元: 为此 refers to the clause before, whatever it says.
  if (referred && /^[\u4e00-\u9fff“”、]{2,24}$/.test(clause)) return clause.replace(/[“”]/g, '');
  for (const re of PURPOSE) {
    const m = re.exec(clause);
    if (m) return m[1]!.replace(/[“”]/g, '');
  }
  return undefined;
}
