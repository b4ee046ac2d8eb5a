// The site's data module on a small hand-built extraction (sentences of the Dongguan report).
import { describe, expect, it } from 'vitest';
import { createSiteData } from '../../src/site/data.ts';
import { REPORT, TEXT, siteExtraction } from '../fixtures/siteExtraction.ts';
import { paths, withBase, anchorId } from '../../src/site/paths.ts';

const data = createSiteData(siteExtraction());

describe('entity view', () => {
  const view = data.entityView('place:da-lang-zhen');

  it('lists every mention of 大朗镇 in context, linking to its sentence', () => {
    const kwic = view.byReport.flatMap((g) => g.mentions);
    expect(kwic).toHaveLength(2);
    expect(kwic.map((k) => k.keyword)).toEqual(['大朗镇', '大朗镇']);
    expect(kwic[0].left.endsWith('市公安局、')).toBe(true);
    expect(kwic[0].right.startsWith('等18个单位')).toBe(true);
    expect(kwic[0].anchor).toBe(data.anchor(REPORT, 'p2-s1'));
    expect(kwic[0].anchor).toMatch(/^s-[0-9a-z]+$/);
    expect(kwic[1].anchor).toBe(data.anchor(REPORT, 'p4-s2'));
  });

  it('lists the figures linked to it, from the figure records and from figure-about relations', () => {
    expect(view.figures.map((f) => f.text)).toEqual(['18个', '201次']);
  });

  it('ranks related entities by co-occurrence and quotes the evidence sentence', () => {
    expect(view.related.map((r) => r.entity.name)).toEqual(['塘厦镇', '梁维东']);
    expect(view.related[1].evidence[0].text).toBe('市委书记梁维东同志先后赴市公安局、大朗镇等18个单位和镇(街道)深入督导检查。');
    expect(view.related[1].evidence[0].anchor).toBe(data.anchor(REPORT, 'p2-s1'));
  });

  it('finds the measures it appears in and its parent places from the gazetteer path', () => {
    expect(view.measures.map((m) => m.measure.heading)).toEqual(['对相关镇进行调查处置']);
    expect(view.parents.map((p) => [p.name, p.entity?.id ?? null])).toEqual([
      ['广东省', null],
      ['东莞市', 'place:dong-guan-shi'],
    ]);
  });

  it('gives a city its child places and a town its cases', () => {
    expect(
      data
        .entityView('place:dong-guan-shi')
        .children.map((c) => c.name)
        .sort(),
    ).toEqual(['塘厦镇', '大朗镇', '高埗镇'].sort());
    expect(data.entityView('place:gao-bu-zhen').cases.map((c) => c.id)).toEqual(['c1']);
  });
});

describe('reader', () => {
  const { blocks, outline } = data.reader(REPORT);
  const textOf = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

  it('holds the full text: every character outside line breaks, in order', () => {
    const shown = blocks.map((b) => b.parts.map((p) => textOf(p.segments)).join('')).join('\n');
    expect(shown).toBe(TEXT);
  });

  it('makes headings of section lines and anchors every sentence', () => {
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.section!.id)).toEqual(['s1', 's1-1']);
    const sentenceIds = blocks.flatMap((b) => b.parts.filter((p) => p.kind === 'sentence').map((p) => (p as { id: string }).id));
    expect(sentenceIds).toContain(data.anchor(REPORT, 'p4-s3'));
    expect(new Set(sentenceIds).size).toBe(sentenceIds.length);
    expect(outline[0].section.id).toBe('s1');
    expect(outline[0].children[0].section.id).toBe('s1-1');
  });

  it('links mentions and marks figures in the text', () => {
    const p2 = blocks.find((b) => b.id === data.anchor(REPORT, 'p2'))!;
    const segs = p2.parts.flatMap((p) => p.segments);
    expect(segs.filter((s) => s.kind === 'mention').map((s) => s.text)).toEqual(['梁维东', '市公安局', '大朗镇']);
    expect(segs.filter((s) => s.kind === 'figure').map((s) => s.text)).toEqual(['18个', '201次']);
  });
});

describe('measures, figures and cases', () => {
  it('builds the problem → measure tree', () => {
    const { roots } = data.measureTree(REPORT);
    expect(roots[0].children[0].section.kind).toBe('problem');
    expect(roots[0].children[0].measures.map((m) => m.ordinal)).toEqual(['一是', '二是']);
  });

  it('gives a measure its text, figures and entities', () => {
    const view = data.measureView(`${REPORT}-m1`);
    expect(view.text).toBe('一是对相关镇进行调查处置。针对塘厦镇、大朗镇违规发放津贴问题开展核查,督促两镇制定清退方案。');
    expect(view.entities.map((e) => e.entity.name)).toEqual(['大朗镇', '塘厦镇']); // equal counts: by pinyin
    expect(data.measureView(`${REPORT}-m2`).figures.map((f) => f.text)).toEqual(['32个']);
  });

  it('gives a case its sentence and entities', () => {
    expect(data.caseView('c1').sentence).toBe('东莞市高埗镇发生一宗违建事故,造成2人死亡。');
    expect(data.caseView('c1').entities.map((e) => e.name)).toEqual(['高埗镇']);
  });

  it('sorts entities of a type by mentions, then name', () => {
    expect(data.entitiesOfType('place')[0].name).toBe('大朗镇');
    expect(data.countsByType).toMatchObject({ place: 4, person: 1, organization: 2, regulation: 0 });
  });
});

describe('paths', () => {
  it('gives readable ASCII URLs under the base path', () => {
    expect(withBase('/kg/', paths.entity('place', 'place:da-lang-zhen'))).toBe('/kg/entity/place/da-lang-zhen/');
    expect(withBase('/', paths.report(REPORT, 'p2-s1'))).toBe('/report/dongguan-2018/#p2-s1');
    expect(anchorId('dongguan-2018:s1.2')).toBe('dongguan-2018-s1-2');
  });
});

describe('several reports', () => {
  it('groups an entity’s mentions by report, earliest report first', () => {
    const ex = siteExtraction();
    const earlier = { ...ex.reports[0], id: 'earlier-2017', date: '2017-05-01', title: '早一年的通报' };
    ex.reports.push(earlier);
    const dalang = ex.entities.find((e) => e.id === 'place:da-lang-zhen')!;
    dalang.mentions.push({ ...dalang.mentions[0], report: earlier.id });
    const view = createSiteData(ex).entityView(dalang.id);
    expect(view.byReport.map((g) => [g.report.id, g.mentions.length])).toEqual([
      ['earlier-2017', 1],
      [REPORT, 2],
    ]);
    expect(view.byReport[0].mentions[0].keyword).toBe('大朗镇');
  });
});

describe('timeline', () => {
  it('lists the dates stated in the sentences naming an entity, in time order', () => {
    const ex = siteExtraction();
    const report = ex.reports[0];
    const at = (t: string) => ({ start: report.text.indexOf(t), end: report.text.indexOf(t) + t.length });
    report.dates = [{ id: 'd1', report: REPORT, text: '截至目前', value: '2018-11', ...at('截至目前') }];
    const view = createSiteData(ex).entityView('person:liang-wei-dong');
    expect(view.timeline).toEqual([]);
    report.dates.push({ id: 'd2', report: REPORT, text: '督导检查', value: '2018-05', ...at('深入督导检查') });
    const again = createSiteData(ex).entityView('person:liang-wei-dong');
    expect(again.timeline.map((d) => [d.value, d.anchor])).toEqual([['2018-05', data.anchor(REPORT, 'p2-s1')]]);
  });
});

describe('page weight', () => {
  it("lists a one-report entity's mentions in context up to the page's bound and counts the rest", async () => {
    const { ENTITY_PAGE_LIMITS } = await import('../../src/site/data.ts');
    const ex = siteExtraction();
    const dalang = ex.entities.find((e) => e.id === 'place:da-lang-zhen')!;
    dalang.mentions = Array.from({ length: ENTITY_PAGE_LIMITS.kwic + 7 }, () => ({ ...dalang.mentions[0] }));
    const view = createSiteData(ex).entityView(dalang.id);
    expect(view.byReport[0].mentions).toHaveLength(ENTITY_PAGE_LIMITS.kwic);
    expect(view.byReport[0].total).toBe(ENTITY_PAGE_LIMITS.kwic + 7);
    expect(view.omitted).toBe(7);
  });

  it('shares the bound out among the reports of an entity named in hundreds: a few each, in time order, the rest counted', async () => {
    const { ENTITY_PAGE_LIMITS: LIMIT } = await import('../../src/site/data.ts');
    const ex = siteExtraction();
    const [report] = ex.reports;
    const copies = Array.from({ length: 300 }, (_, i) => ({
      ...report,
      id: `copy-${String(i).padStart(3, '0')}`,
      date: `2019-${String((i % 12) + 1).padStart(2, '0')}`,
    }));
    ex.reports.push(...copies);
    const dalang = ex.entities.find((e) => e.id === 'place:da-lang-zhen')!;
    const first = dalang.mentions[0];
    dalang.mentions = copies.flatMap((r) => Array.from({ length: 5 }, () => ({ ...first, report: r.id })));
    const view = createSiteData(ex).entityView(dalang.id);
    // Every report is listed with its count; mentions in context for the first ones, three each, up to the bound.
    expect(view.byReport).toHaveLength(300);
    expect(view.byReport.every((g) => g.total === 5)).toBe(true);
    const shown = view.byReport.map((g) => g.mentions.length);
    expect(shown.reduce((a, b) => a + b, 0)).toBe(LIMIT.kwic);
    expect(Math.max(...shown)).toBe(LIMIT.kwicPerReport);
    expect(view.byReport[0].report.date! <= view.byReport.at(-1)!.report.date!).toBe(true);
    expect(view.omitted).toBe(1500 - LIMIT.kwic);
  });
});

describe('figure tooltip', () => {
  it('gives value and unit, the folded value and the direction', async () => {
    const { figureTip } = await import('../../src/site/format.ts');
    const f = siteExtraction().figures[0];
    expect(figureTip(f)).toBe('18 个');
    expect(figureTip({ ...f, value: 6316.73, unit: '万元', normalizedValue: 63167300, baseUnit: '元', change: 'decrease' })).toBe(
      '6,316.73 万元（63,167,300 元） · 下降',
    );
  });
});
