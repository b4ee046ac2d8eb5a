import { NATIONAL_BODIES, PARTY_DEPARTMENTS } from './orgNames.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { occurrences, wordIndex } from '../../text/occurrences.ts';
import { worldNames } from '../world/worldNames.ts';
import { CEDICT_BODIES } from '../data/cedictBodies.ts';

const WRITTEN = wordIndex(NATIONAL_BODIES.map(([written]) => written));
// A committee's departments but its standing committee and study group, which are the centre's own meetings.
const CENTRAL_DEPARTMENTS = PARTY_DEPARTMENTS.filter((d) => d !== '常委会' && d !== '理论学习中心组');

// What follows a 中央 that is no body: other bodies' names, the central level of budgets, banks, offices and reserves,
// the revolution's central base and army (原中央苏区, 中央红军), and the 'central' of places and things (中央商务区, 中央厨房).
// Also the state's central level as the government's reports write it (中央有关部门, 中央专项转移支付, 中央下达…经费, 中央
// 调剂, 中央税收, 中央管理的企业, 中央层面, 中央统筹, 从中央到地方) and a meeting named by it (中央经济工作会议):
// found by the mention precision audit of the State Council reports (audit18, mentions-gwr-1819.tsv).
const CENTRAL_LEVEL_AFTER =
  /^(第|巡视组|八项规定|级|空调|电视台|财政|企业|部门|国家机关|[和与对、]地方|[和与及、]省级|资金|预算|银行|政府|各部门|党政机关|直属|投资|补助|转移支付|国债|财力|收入|支出|本级|[一二三四五六七八九十\d]+个|各部|各单位|各机关|储备|苏区|苏维埃|红军|根据地|商务区|厨房|公园|大街|广场|车站|(?:有关|主管|相关|其他)(?:部门|国家机关)|(?:专项|建设)?(?:转移支付|投资)|下达|调剂|代地方|税收?|管理的|层面|统筹|到地方|[\u4e00-\u9fff]{2}工作会议|用于|的?[一二三四五六七八九十\d]+个|[和与]省两级)/;

// 中央自然灾害救灾资金, 中央农业生产救灾资金: money named by the central level it comes from, however long its name.
const CENTRAL_FUNDS = /^(?:(?!决定|要求|部署|批准|提出|强调|关于|领导|号召|指示)[\u4e00-\u9fff]){0,12}?(?:资金|经费|专款)/;

// 中央安排30亿元国债资金: the centre that lays out a sum of money is the state's central budget (audit26, links-gwr-2661.tsv
// row 44), not the party centre; 按照中央安排 (no sum) stays the party centre's arrangement.
const CENTRAL_SPENDING =
  /^(?:安排|拨付|拨出|下拨|投入|出资|新增)[^，。；！？]{0,8}?[\d０-９一二三四五六七八九十百千两]+(?:\.\d+)?(?:多|余)?[万亿]*元/;

// The centre set against the local level in one clause (使中央的统一领导…同地方的分级负责, 地方组织、中央支持) and the
// centre the local budgets remit to (上解中央): the state's central level, as the older reports write it (audit21,
// mentions-gwr-2121.tsv row 137).
const LOCAL_COUNTERPART_AFTER = /^[^。；！？\n中]{0,20}?[，、同和与由]地方(?!性)/;
const LOCAL_COUNTERPART_BEFORE = /(?:地方[\u4e00-\u9fff]{1,4}[、，]|上解|上缴|上交)$/;

// Parties CC-CEDICT knows by a short name of two characters ending in 共 (越共, 苏共), not the Chinese party's (中共) nor
// the two parties together (国共).
const FOREIGN_PARTY_SHORT: ReadonlySet<string> = new Set(CEDICT_BODIES.filter((w) => /^.共$/.test(w) && w !== '中共' && w !== '国共'));

/** 党中央, 中共中央, 国务院 … and the bare 中央 where it stands for the party centre. */
export function nationalBodies(folded: string, taken: OrgHit[]): OrgHit[] {
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const free = (s: number, e: number) => !cover.any(s, e);
  const found = occurrences(folded, WRITTEN);
  for (const [k, [written, name]] of NATIONAL_BODIES.entries()) {
    for (const at of found[k]!) {
      if (!free(at, at + written.length)) continue;
      const hit: OrgHit = { start: at, end: at + written.length, kind: 'nat', id: name, name, score: 0.95 };
      out.push(hit);
      cover.add(hit);
    }
  }
  // 中央 alone (中央巡视, 中央和省): the party centre; not 中央第三巡视组 or 中央八项规定 (another recognizer's), nor the
  // central level of the state's money and offices (中央和地方, 中央和省级资金, 中央预算, 中央各部门, 中央各部委: the government's
  // reports' usage).
  for (let at = folded.indexOf('中央'); at >= 0; at = folded.indexOf('中央', at + 1)) {
    if (!free(at, at + 2) || CENTRAL_LEVEL_AFTER.test(folded.slice(at + 2, at + 8)) || afterForeignPlace(folded, at)) continue;
    if (CENTRAL_FUNDS.test(folded.slice(at + 2, at + 16)) || CENTRAL_SPENDING.test(folded.slice(at + 2, at + 24))) continue;
    if (LOCAL_COUNTERPART_AFTER.test(folded.slice(at + 2, at + 26)) || LOCAL_COUNTERPART_BEFORE.test(folded.slice(Math.max(0, at - 8), at)))
      continue;
    // 越共|中央, 苏共|中央: the centre of a foreign party the dictionary knows by its short name is that party's, read whole.
    const party = folded.slice(Math.max(0, at - 2), at);
    if (FOREIGN_PARTY_SHORT.has(party) && free(at - 2, at + 2)) {
      const name = party + '中央';
      const hit: OrgHit = { start: at - 2, end: at + 2, kind: 'co', id: name, name, score: 0.8 };
      out.push(hit);
      cover.add(hit);
      continue;
    }
    // 中央网信办, 中央编办, 中央党校: a department of the Central Committee, named as every committee's are (市委网信办).
    const dept = CENTRAL_DEPARTMENTS.find((d) => folded.startsWith(d, at + 2));
    if (dept) {
      const name = `中央${dept}`;
      const unit: OrgHit = { start: at, end: at + 2 + dept.length, kind: 'nat', id: name, name, score: 0.85 };
      out.push(unit);
      cover.add(unit);
      continue;
    }
    const hit: OrgHit = { start: at, end: at + 2, kind: 'nat', id: '党中央', name: '党中央', score: 0.75 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}

/** 首尔|中央|地方法院, 美国|中央情报局: a 中央 right after a place of another country is that place's, not the party centre. */
function afterForeignPlace(folded: string, at: number): boolean {
  for (let len = 2; len <= 5 && len <= at; len++) {
    const hit = worldNames().get(folded.slice(at - len, at));
    if (hit?.type === 'place' && hit.canonical !== '中国' && hit.place?.path?.[0] !== '中国') return true;
  }
  return false;
}
