import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { entityId, resolveIdClashes, slugify } from '../../src/entities/entityId.ts';
import { loadGazetteer } from '../../src/entities/places/gazetteer.ts';
import { placeIdQualifier } from '../../src/entities/places/placeIdentity.ts';
import { mergeCorpus } from '../../src/corpus/mergeCorpus.ts';
import { simplifiedName } from '../../src/corpus/simplifiedName.ts';
import type { Entity, EntityType, ReportExtraction } from '../../src/types.ts';
import { bareExtraction } from '../fixtures/bareExtraction.ts';

// 100,000 names of every type, as a corpus of 1,000 reports would bring them: every place of the gazetteer (namesake
// towns included), people whose names are homophones (张伟 / 张玮 / 章伟), bodies named after places, and thousands of
// titles that differ only in a number past the sixtieth character of their slug — the case that once gave two
// 《…三年行动计划(NNNN-2020年)》 one id.
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤章';
const GIVEN =
  '伟玮炜韦维薇卫为伟芳方放坊娜纳敏民明铭鸣静靖敬丽莉力立强蔷磊蕾军君俊峻洋阳杨勇永涌艳燕雁杰洁捷娟涓鹃涛韬霞侠平萍屏刚钢岗桂贵华桦';
const ORG_SUFFIXES = ['委员会', '人民政府', '纪委监委', '住房和城乡建设局', '农业农村局', '市场监督管理局', '公安局', '财政局'];
const TITLE_HEADS = [
  '广东省加强党的基层组织建设三年行动计划',
  '关于进一步加强和改进新时代基层治理现代化建设的实施意见',
  '中共广东省委关于贯彻落实全面从严治党主体责任的若干规定',
];
const CAMPAIGN_HEADS = ['百县千镇万村高质量发展工程', '不忘初心牢记使命主题教育', '作风建设年'];

interface Named {
  type: EntityType;
  name: string;
  qualifier?: string;
}

function generateNames(): Named[] {
  const out: Named[] = [];
  const gaz = loadGazetteer();
  for (const place of gaz.byCode.values())
    out.push({ type: 'place', name: place.name, qualifier: placeIdQualifier(place.name, place.code) });
  const places = [...gaz.byCode.values()].filter((p) => p.level !== 'town').map((p) => p.name);
  for (const s of SURNAMES) for (const a of GIVEN) out.push({ type: 'person', name: s + a });
  for (let i = 0; out.length < 40_000; i++)
    out.push({ type: 'person', name: SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length] + GIVEN[(i * 13) % GIVEN.length] });
  for (let i = 0; i < 15_000; i++)
    out.push({ type: 'organization', name: places[i % places.length] + ORG_SUFFIXES[i % ORG_SUFFIXES.length] });
  for (let i = 0; i < 30_000; i++) {
    const head = TITLE_HEADS[i % TITLE_HEADS.length];
    out.push({ type: 'regulation', name: `${head}(${1000 + Math.floor(i / TITLE_HEADS.length)}-2020年)` });
  }
  for (let i = 0; i < 12_000; i++)
    out.push({ type: 'campaign', name: `${places[i % places.length]}${CAMPAIGN_HEADS[i % CAMPAIGN_HEADS.length]}` });
  // Names as the recognizers hand them over (simplified script), one entity per (type, name, qualifier): a gazetteer
  // name borne by one place twice over is one entity.
  const seen = new Set<string>();
  return out
    .map((n) => ({ ...n, name: simplifiedName(n.name) }))
    .filter((n) => {
      const key = `${n.type}\u0000${n.name}\u0000${n.qualifier ?? ''}`;
      return !seen.has(key) && !!seen.add(key);
    });
}

// A corpus of reports, each naming 100 of the names once.
function reportsOf(names: Named[], prefix: string): ReportExtraction[] {
  const parts: ReportExtraction[] = [];
  for (let r = 0; r * 100 < names.length; r++) {
    const chunk = names.slice(r * 100, r * 100 + 100);
    const text = chunk.map((n) => n.name).join('。');
    const id = `${prefix}-${r}`;
    let at = 0;
    const entities: Entity[] = chunk.map((n) => {
      const start = at;
      at += n.name.length + 1;
      return {
        id: entityId(n.type, n.name, n.qualifier),
        type: n.type,
        name: n.name,
        aliases: [],
        mentions: [{ report: id, start, end: start + n.name.length, surface: n.name }],
      };
    });
    resolveIdClashes(entities);
    parts.push(bareExtraction(id, text, entities));
  }
  return parts;
}

const key = (e: { type: string; name: string; id: string }) => `${e.type}\u0000${e.name}\u0000${e.id.slice(0, e.id.lastIndexOf('-'))}`;

describe('entity ids at the scale of 1,000 reports', () => {
  const names = generateNames();
  const half = names.filter((_, i) => i % 2 === 0);
  const whole = mergeCorpus(reportsOf(names, 'r')).entities;
  const first = mergeCorpus(reportsOf(half, 'h')).entities;

  it('never gives two of 100,000 names of every type one id', () => {
    expect(names.length).toBeGreaterThanOrEqual(100_000);
    const types = new Set(names.map((n) => n.type));
    expect([...types].sort()).toEqual(['campaign', 'organization', 'person', 'place', 'regulation']);
    expect(whole).toHaveLength(names.length);
    expect(new Set(whole.map((e) => e.id)).size).toBe(whole.length);
  });

  it('tells apart titles that differ only in a number past the end of their slug', () => {
    const a = whole.find((e) => e.name === '广东省加强党的基层组织建设三年行动计划(9049-2020年)')!;
    const b = whole.find((e) => e.name === '广东省加强党的基层组织建设三年行动计划(8628-2020年)')!;
    expect(a.id).not.toBe(b.id);
    expect(a.id).toMatch(/^regulation:guang-dong-sheng-.*-[0-9a-f]{12}$/);
  });

  it('keeps the short ids of today for names whose slug is whole (苏州市 and 宿州市 apart by their hash)', () => {
    const today = (n: Named) => {
      const slug = [slugify(n.name), n.qualifier].filter(Boolean).join('-');
      return `${n.type}:${slug}-${createHash('sha1')
        .update(n.qualifier ? `${n.name}\u0000${n.qualifier}` : n.name)
        .digest('hex')
        .slice(0, 4)}`;
    };
    const short = names.filter((n) => n.type !== 'regulation' && slugify(n.name).length < 55);
    const ids = new Set(whole.map((e) => e.id));
    const kept = short.filter((n) => ids.has(today(n))).length;
    // Only the few homophones whose 4 hash digits clash (one pair in 65,536) differ from today's id.
    expect(short.length - kept).toBeLessThan(short.length / 1000);
    expect(whole.find((e) => e.name === '苏州市')!.id).toBe(
      'place:su-zhou-shi-' + createHash('sha1').update('苏州市').digest('hex').slice(0, 4),
    );
  });

  it("keeps an entity's id when 50,000 other names arrive in other reports, but for the rare hash clash among homophones", () => {
    const after = new Map(whole.map((e) => [key(e), e.id]));
    const changed = first.filter((e) => after.get(key(e)) !== e.id);
    expect(first.length).toBe(half.length);
    // Each of these is a pair of homophones of one type whose 16-bit hashes agree; the lower hash keeps its id.
    expect(changed.length).toBeLessThanOrEqual(5);
    for (const e of changed) expect(e.id).toMatch(/-[0-9a-f]{4}$/);
  });

  it('gives the same ids whatever the order of the reports', () => {
    const reversed = mergeCorpus(reportsOf([...names].reverse(), 'r')).entities;
    const ids = (es: Entity[]) => new Map(es.map((e) => [`${e.type}\u0000${e.name}\u0000${key(e)}`, e.id]));
    expect(ids(reversed)).toEqual(ids(whole));
  });
});

describe('resolveIdClashes', () => {
  it('gives every name of a clash an id of its own, the lowest hash keeping the shared one, whatever the order', () => {
    const make = () => ['苏州市', '宿州市', '肃州市'].map((name) => ({ id: 'place:su-zhou-shi-0000', name }));
    const a = make();
    const b = make().reverse();
    resolveIdClashes(a);
    resolveIdClashes(b);
    expect(new Set(a.map((x) => x.id)).size).toBe(3);
    expect(Object.fromEntries(a.map((x) => [x.name, x.id]))).toEqual(Object.fromEntries(b.map((x) => [x.name, x.id])));
    expect(a.filter((x) => x.id === 'place:su-zhou-shi-0000')).toHaveLength(1);
    for (const x of a.filter((x) => x.id !== 'place:su-zhou-shi-0000')) expect(x.id).toMatch(/^place:su-zhou-shi-[0-9a-f]{12}$/);
  });

  it('never hands out an id another item already has, even one a longer hash would produce', () => {
    const items = [
      { id: 'x:a-0000', name: '甲' },
      { id: 'x:a-0000', name: '乙' },
      { id: 'x:a-0000', name: '乙' },
    ];
    resolveIdClashes(items);
    expect(new Set(items.map((x) => x.id)).size).toBe(3);
  });
});
