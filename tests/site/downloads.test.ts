import { describe, expect, it } from 'vitest';
import { downloadContents } from '../../src/site/downloads/writeDownloads.ts';
import { REPORT, siteExtraction, TEXT } from '../fixtures/siteExtraction.ts';

describe('downloads', () => {
  const extraction = siteExtraction();
  extraction.entities[0] = { ...extraction.entities[0], aliases: ['大朗, "镇"'] };
  // 市委书记梁维东同志…: the post the fixture's sentence states, as the link stage writes it.
  const committee = TEXT.indexOf('市委书记');
  extraction.entities.push({
    id: 'organization:zhong-gong-dong-guan-shi-wei',
    type: 'organization',
    name: '中共东莞市委',
    aliases: ['市委'],
    mentions: [{ report: REPORT, start: committee, end: committee + 2, surface: '市委' }],
  });
  extraction.relations.push({
    source: 'person:liang-wei-dong',
    target: 'organization:zhong-gong-dong-guan-shi-wei',
    type: 'holds-post',
    weight: 1,
    label: '任职',
    directed: true,
    title: '市委书记',
    evidence: [{ report: REPORT, start: committee, end: TEXT.indexOf('等18个单位') }],
  });
  const files = downloadContents(extraction, {
    v: 1,
    r: [[REPORT, 'x']],
    n: [['place:da-lang-zhen', '大朗镇', 1, 120, 3400, 2, 0, 0]],
    e: [],
  });

  it('quotes CSV fields (commas, quotes) and keeps one row per mention', () => {
    const lines = files['entities.csv'].split('\n');
    expect(lines[1]).toBe('place:da-lang-zhen,place,大朗镇,"大朗, ""镇""",2,dongguan-2018,,town,广东省|东莞市');
    const mentions = files['mentions.csv'].trim().split('\n');
    expect(mentions).toHaveLength(1 + extraction.entities.reduce((n, e) => n + e.mentions.length, 0));
    expect(mentions[1]).toMatch(/^place:da-lang-zhen,大朗镇,dongguan-2018,\d+,\d+,大朗镇$/);
  });

  it('writes the entity graph as GEXF with names as labels', () => {
    expect(files['graph.gexf']).toContain('<gexf');
    expect(files['graph.gexf']).toContain('大朗镇');
    expect(files['graph.gexf']).toMatch(/<edge [^>]*source="place:da-lang-zhen"/);
  });

  it('marks each GEXF edge directed or not as its kind is, in the viz namespace Gephi reads, with positions and colours', () => {
    const gexf = files['graph.gexf'];
    expect(gexf).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(gexf).not.toContain('http:///');
    const edge = (source: string, target: string) =>
      new RegExp(`<edge [^>]*source="${source}" target="${target}"[^>]*>`).exec(gexf)?.[0] ?? '';
    expect(edge('person:liang-wei-dong', 'organization:zhong-gong-dong-guan-shi-wei')).toMatch(/label="任职:市委书记"/);
    expect(edge('place:da-lang-zhen', 'place:tang-xia-zhen')).toMatch(/type="undirected"/);
    expect(gexf).toMatch(/<node id="place:da-lang-zhen"[^]*?<viz:position x="120" y="3400"/);
    expect(gexf).toMatch(/<viz:color hex="#1f6f8b"/);
  });

  it('gives each relation its label, direction, title, evidence sentence and pages', () => {
    const header = files['relations.csv'].replace(/^\ufeff/, '').split('\n')[0];
    expect(header).toBe(
      'source,source_name,source_type,target,target_name,target_type,type,label,direction,title,former,inferred,weight,evidence,evidence_sentence,evidence_page,source_page,target_page',
    );
    const row = files['relations.csv'].split('\n').find((l) => l.includes('holds-post'))!;
    expect(row).toContain(',holds-post,任职,directed,市委书记,false,false,1,');
    expect(row).toContain('市委书记梁维东同志先后赴市公安局、大朗镇等18个单位和镇(街道)深入督导检查。');
    expect(row).toMatch(
      /,report\/dongguan-2018\/#s-[0-9a-z]+,entity\/person\/liang-wei-dong\/,entity\/organization\/zhong-gong-dong-guan-shi-wei\/$/,
    );
    expect(files['relations.csv']).toMatch(/co-occurs,同句提及,undirected/);
  });
});
