import type { EntityContext } from '../context.ts';
import { tagOf } from '../segment.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import type { PlaceChain } from './placeBodies.ts';
import { departmentAt } from './levelDepartments.ts';
import { institutionAfterPlace } from './levelInstitutions.ts';

const LEVEL_END = /[省市区县州旗盟]$/;

/**
 * A place's government department written after the place's full name (钟祥市应急管理局, 衢州市交通运输局, 掇刀区卫生健康局),
 * read as the level-written form is (市应急管理局): the same body, named by its place. jieba knows few of them whole
 * (公安局/nt), and a place that is not the report's own has no level-written form to stand for it.
 */
export function placeDepartments(ctx: EntityContext, chains: readonly PlaceChain[], taken: readonly OrgHit[]): OrgHit[] {
  const out: OrgHit[] = [];
  const cover = coverage(ctx.folded.length, taken);
  for (const chain of chains) {
    if (!LEVEL_END.test(chain.place.name) || !ctx.seg.boundaries.has(chain.end)) continue;
    // (湖北省|疾病预防控制中心: a level's institution after the place's full name, as after its level word.)
    const dept = departmentAt(ctx, chain.end) ?? institutionAfterPlace(ctx, chain.end);
    if (!dept || cover.any(chain.start, dept.end) || !headStandsAlone(ctx, chain.end, dept)) continue;
    // 郑州|铁路分局: a place written by its short name is named as written.
    const written = ctx.folded.slice(chain.start, chain.end);
    const hit: OrgHit = {
      start: chain.start,
      end: dept.end,
      kind: 'gd',
      id: `${chain.place.code}:${dept.body}`,
      name: written === chain.place.name ? `${chain.place.name}${dept.body}` : ctx.folded.slice(chain.start, dept.end),
      score: 0.8,
    };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}

/**
 * The department's suffix is a word of its own, or the end of a body's word (管理局, 分局), not of another word (杭州市旅游新
 * 格局); a centre's stem opens with no verb (大连市|建设|…|航运中心 is a plan, 常州市政务服务中心 a body).
 */
function headStandsAlone(ctx: EntityContext, at: number, dept: { end: number; suffix: string }): boolean {
  const { seg } = ctx;
  const { suffix } = dept;
  const suffixAt = dept.end - suffix.length;
  const head = seg.tokens[seg.tokenAt[suffixAt] ?? -1];
  if (head && head.start < suffixAt) {
    // The word before the suffix inside jieba's word: a branch or head office (分|局, 总|局), or a word of its own (管理|局).
    const front = head.word.slice(0, suffixAt - head.start);
    if (!/^[分总]$/.test(front) && (front.length < 2 || tagOf(front) === 'x')) return false;
  }
  const first = seg.tokens[seg.tokenAt[at] ?? -1];
  return !(suffix === '中心' && first && /^v/.test(first.tag));
}
