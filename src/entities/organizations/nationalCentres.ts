import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { wordEndingAt } from '../segment.ts';
import { worldNames } from '../world/worldNames.ts';
import { mergeTokenLists, tokensOf, tokensWith, wordFlag } from '../wordTable.ts';
import { addNamedBody, coverage, type OrgHit } from './orgHit.ts';

// The words of a centre's field between 国家 and 中心: nouns, names, distinguishing words and verbs of what it does
// (国家|超级/b|计算/v|广州/ns|中心, 国家|海洋环境/l|预报/vn|中心).
// (卫星/nr: jieba takes some field words for names.)
const FIELD_TAGS = new Set(['n', 'vn', 'nz', 'j', 'nt', 'an', 'l', 'ns', 'nr', 'b', 'v']);
const MAX_FIELDS = 5;
const WHOLE_CENTRE = wordFlag((w) => w.length >= 5 && w.startsWith('国家') && w.endsWith('中心'));
// What a body does and a rank does not: it speaks, publishes, forecasts (国家气候中心|预测, 国家海洋环境预报中心|发布).
const ACTS = /^(发布|预测|预计|预报|监测|显示|表示|宣布|指出|介绍|称|提醒|发出|通报|公布)$/;
// Words between the centre and what it does (国家超级计算广州中心|联合|发布, …|近日|发布).
const BEFORE_ACT = /^(联合|共同|近日|日前|今天|昨天|今日|也|还|再次|首次|正式)$/;

/**
 * A national centre named by its field (国家气候中心, 国家海洋环境预报中心, 国家超级计算广州中心), read where it acts: the
 * subject of speaking, publishing or forecasting. 国家…中心 is as often a rank the state gives (建设国家区域医疗中心,
 * 国家医学中心), which does none of these.
 */
export function nationalCentres(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  // 国家, or a centre jieba holds whole as one word (国家气象中心/nt).
  const states = mergeTokenLists(tokensOf(seg, '国家'), tokensWith(seg, WHOLE_CENTRE));
  if (states.length === 0) return out;
  let cover: ReturnType<typeof coverage> | undefined;
  for (let n = 0; n < states.length; n++) {
    const i = states[n]!;
    const end = seg.tokens[i]!.word === '国家' ? centreEnd(ctx, i + 1) : acts(ctx, i + 1) ? seg.tokens[i]!.end : undefined;
    if (end === undefined) continue;
    cover ??= coverage(folded.length, taken);
    // 法国|国家科学研究中心: a country written before 国家 is the state whose centre it is, the front of the name.
    const prev = wordEndingAt(seg, seg.tokens[i]!.start);
    const country = prev && worldNames().get(prev.word)?.place?.level === 'country' ? prev : undefined;
    addNamedBody(out, cover, folded, country?.start ?? seg.tokens[i]!.start, end, 0.7);
  }
  return out;
}

/** Where the centre whose field starts at token `k` ends, when what follows it is an act; undefined otherwise. */
function centreEnd(ctx: EntityContext, k: number): number | undefined {
  const { tokens } = ctx.seg;
  for (let j = k; j < tokens.length && j <= k + MAX_FIELDS; j++) {
    const t = tokens[j]!;
    if (!isHan(t.word)) return undefined;
    if (t.word.endsWith('中心') && (j > k || t.word.length > 2)) return acts(ctx, j + 1) ? t.end : undefined;
    if (!FIELD_TAGS.has(t.tag)) return undefined;
  }
  return undefined;
}

function acts(ctx: EntityContext, k: number): boolean {
  const { tokens } = ctx.seg;
  let j = k;
  while (j < tokens.length && j < k + 2 && BEFORE_ACT.test(tokens[j]!.word)) j++;
  return j < tokens.length && ACTS.test(tokens[j]!.word);
}
