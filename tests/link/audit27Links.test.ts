import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity, makeReport } from '../fixtures/figures/makeReport.ts';
import { findFigures } from '../../src/figures/findFigures.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';
import { withMentions } from '../../src/document/reportMentions.ts';
import { linkReport } from '../../src/link/linkReport.ts';
import { structureReport } from '../../src/structure/structureReport.ts';
import type { Entity } from '../../src/types.ts';

// The wrong figure links and relations of audit27's blind samples of the State Council reports
// (tests/fixtures/audit/links-gwr-2771.tsv, relations-gwr-2771.tsv), in their sentences (gwr-1956, gwr-2022) and in
// sentences written beside them.
const places = (text: string, ...names: string[]) => names.map((n) => makeEntity('place', n, text));

describe('linkReport: works named by their places as examples of a count are not what it counts', () => {
  it('links none of the places of the works named before 等24个, two class characters after the last (gwr-1956)', () => {
    const text = '在水利方面，将要新建安徽响洪甸水库、江苏新洋港水闸等２４个大型水利工程。';
    expect(figureLinks(text, places(text, '安徽', '响洪甸水库', '江苏', '新洋港'))).toEqual([['２４个', []]]);
  });

  it('links no port named before its class of two characters (a sentence written for it)', () => {
    const text = '今年续建芜湖港区、九江港区等12个港区。';
    expect(figureLinks(text, places(text, '芜湖', '九江'))).toEqual([['12个', []]]);
  });

  it('keeps a place whose own figure follows two characters that are no class before a list', () => {
    const text = '芜湖市今年新建学校12所。';
    expect(figureLinks(text, places(text, '芜湖市'))).toEqual([['12所', ['芜湖市']]]);
  });
});

/** The runs relations `text` states about hand-made entities, as "source → target" lines. */
function runsOf(text: string, entities: Entity[], issuer: string): string[] {
  const report = { ...makeReport(text), issuer };
  const structure = structureReport(text, report.id);
  const doc = buildDocument(report, structure);
  const out = linkReport(withMentions(doc, entities), findFigures(doc), []);
  const name = new Map(entities.map((e) => [e.id, e.name]));
  return out.relations.filter((r) => r.type === 'runs').map((r) => `${name.get(r.source)} → ${name.get(r.target)}`);
}

describe('runs: a campaign joined by 和 to the word before it is no object of that word', () => {
  const issuer = (text: string) => makeEntity('organization', '国务院', text);
  const campaign = (name: string, text: string) => makeEntity('campaign', name, text);

  it('reads no running of the plan a clause works around (gwr-2022: 部署和“十四五”规划 read as 部署 the plan)', () => {
    const text = '围绕国家重大战略部署和“十四五”规划，适度超前开展基础设施投资。';
    expect(runsOf(text, [issuer(text), campaign('“十四五”规划', text)], '国务院')).toEqual([]);
  });

  it('still reads a campaign run, and the ones listed after it', () => {
    const text = '开展“扫黄”、“打非”活动，实施乡村振兴战略。';
    const entities = [issuer(text), campaign('扫黄', text), campaign('打非', text), campaign('乡村振兴战略', text)];
    expect(runsOf(text, entities, '国务院').sort()).toEqual(['国务院 → 扫黄', '国务院 → 打非', '国务院 → 乡村振兴战略'].sort());
  });
});
