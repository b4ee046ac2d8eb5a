import { TITLE_AFTER, type OrgHit } from './orgHit.ts';

// The party bodies of institutions and companies, and the Youth League's committees of institutions, as written.

/**
 * 中共浙江工业大学委员会, 中共国家电网有限公司党组: the party body of an institution, written out; so is the Youth League's
 * committee of one (共青团南昌大学委员会).
 */
export function writtenPartyBodies(folded: string, taken: OrgHit[]): OrgHit[] {
  const hits: OrgHit[] = [];
  for (const m of folded.matchAll(/(?:中共|(共青团))([\u4e00-\u9fff]{2,16}?)(委员会|党组|党委)/g)) {
    if (m[1] && m[3] !== '委员会') continue;
    // 中共绍兴市卫生健康委员会党组: the party group of a commission, not the commission.
    const group = m[3] === '委员会' && /^(党组|党委)/.test(folded.slice(m.index! + m[0].length)) ? 2 : 0;
    const end = m.index! + m[0].length + group;
    const overlaps = (h: OrgHit) => h.start < end && m.index! < h.end;
    if (taken.some(overlaps) || hits.some(overlaps) || /^(中央|[省市区县])/.test(m[2]!)) continue;
    const name = folded.slice(m.index!, end);
    hits.push({ start: m.index!, end, kind: 'co', id: name, name, score: 0.85 });
  }
  return hits;
}

/**
 * 中国华源建设集团有限公司党组 opening a line (the title or the signature) is the issuing party body; inside a sentence
 * (巡视组对…有限公司党组进行了巡视) the company itself is named.
 */
export function companyPartyGroups(folded: string, found: OrgHit[]): OrgHit[] {
  return found.map((h) => {
    const group = folded.slice(h.end, h.end + 2);
    if ((group !== '党组' && group !== '党委') || !/(公司|集团)$/.test(h.name) || TITLE_AFTER.test(folded.slice(h.end + 2, h.end + 5)))
      return h;
    if (!/(^|\n)[#\s]*$/.test(folded.slice(Math.max(0, h.start - 4), h.start))) return h;
    return { ...h, end: h.end + 2, kind: 'co', id: `${h.name}${group}`, name: `${h.name}${group}` };
  });
}

/**
 * 海关总署党委, 县公安局党组: a government body's party committee or group written right after its name is a mention
 * of the body, written whole: the mention reads the party body's name, the entity keeps the body's. Not before a post (海关总署党委书记 names the holder's post), nor where another reading starts at 党委.
 */
export function bodiesBeforePartyGroups(folded: string, hits: OrgHit[]): void {
  for (const h of hits) {
    const group = folded.slice(h.end, h.end + 2);
    if ((group !== '党组' && group !== '党委') || h.kind === 'pc' || TITLE_AFTER.test(folded.slice(h.end + 2, h.end + 5))) continue;
    // A company's or a school's stays its own name (江城理工大学|党委, …集团有限公司|党组 inside a sentence: probes of earlier sessions).
    if (/(公司|集团|大学|学院|学校|医院)$/.test(h.name)) continue;
    if (hits.some((o) => o !== h && o.start < h.end + 2 && o.end > h.end)) continue;
    h.end += 2;
  }
}
