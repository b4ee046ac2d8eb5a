import type { Span } from '../../types.ts';
import { SpanCover } from '../../text/spanCover.ts';

/** A national campaign held in numbered rounds, with the name its mentions take. */
export interface NationalCampaign extends Span {
  name: string;
}

// 第四次全国文物普查, 第三次全国国土调查: a census held nationwide in rounds is named with its round, each round being its
// own campaign over years.
const CENSUS = /第(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})次全国([\u4e00-\u9fff]{2,8}?)(?:普查|调查)/g;
// 第32个全国税收宣传月, 第25个全国节能宣传周: a month or week held every year under the nation's name is one campaign,
// whichever year's edition is counted; the name starts at 全国.
const YEARLY = /第(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})个(全国[\u4e00-\u9fff]{2,8}?(?:宣传月|宣传周|宣传日|活动月|活动周|安全月))/g;

/**
 * Campaigns the state holds nationwide and numbers: a census by its round, a yearly month or week by the nation's name.
 * Nothing inside the excluded spans (documents' titles) is read.
 */
export function findNationalCampaigns(folded: string, excluded: readonly Span[]): NationalCampaign[] {
  const cover = new SpanCover(folded.length, [...excluded]);
  const out: NationalCampaign[] = [];
  // Each pattern needs its words (次全国, 个全国) written: a text without them is not scanned from every 第 it holds.
  if (folded.includes('次全国'))
    for (const m of folded.matchAll(CENSUS)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      if (!cover.overlaps(span)) out.push({ ...span, name: m[0] });
    }
  if (folded.includes('个全国'))
    for (const m of folded.matchAll(YEARLY)) {
      const start = m.index! + m[0].length - m[1]!.length;
      const span = { start, end: m.index! + m[0].length };
      if (!cover.overlaps(span)) out.push({ ...span, name: m[1]! });
    }
  return out.sort((a, b) => a.start - b.start);
}
