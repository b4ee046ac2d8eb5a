import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

const bodies = (text: string, ...names: string[]) => names.map((n) => makeEntity('organization', n, text));
const places = (text: string, ...names: string[]) => names.map((n) => makeEntity('place', n, text));

// What a clause's figures carry to the next clause that names nobody (src/link/clauseFigureLinks.ts), as the blind link
// audit of the State Council reports found it wrong (tests/fixtures/audit/links-gwr-2441.tsv): the body a bill is
// submitted to, a local level set against the central one, and the entities of a figure before a list of examples.
describe('linkReport: the body something is submitted to is the party of that count alone', () => {
  it('does not carry the NPCSC of 提请全国人大常委会… into the regulations made next (2022 report)', () => {
    const text = '提请全国人大常委会审议法律议案10件，制定修订行政法规15部。';
    expect(figureLinks(text, bodies(text, '全国人大常委会'))).toEqual([
      ['10件', ['全国人大常委会']],
      ['15部', []],
    ]);
  });

  it('keeps the State Council that submits them on both (2014 report)', () => {
    const text = '国务院提请全国人大常委会制定修订法律34件，提出废止劳动教养制度议案，制定修订行政法规47件。';
    expect(figureLinks(text, bodies(text, '国务院', '全国人大常委会'))).toEqual([
      ['34件', ['国务院', '全国人大常委会']],
      ['47件', ['国务院']],
    ]);
  });

  it('reads 向X提交 too (2008 report) and a report sent up with 报请 (written)', () => {
    const text = '五年国务院共向全国人大常委会提交39件法律议案，制定、修订137件行政法规。';
    expect(figureLinks(text, bodies(text, '国务院', '全国人大常委会'))).toEqual([
      ['39件', ['国务院', '全国人大常委会']],
      ['137件', ['国务院']],
    ]);
    const written = '报请市人民政府审定规划12项，新建道路8条。';
    expect(figureLinks(written, bodies(written, '市人民政府'))).toEqual([
      ['12项', ['市人民政府']],
      ['8条', []],
    ]);
  });

  it('still carries a body that acts, named in the clause before (written)', () => {
    const text = '县交通运输局新建农村公路120公里，改造危桥15座。';
    expect(figureLinks(text, bodies(text, '县交通运输局'))).toEqual([
      ['120公里', ['县交通运输局']],
      ['15座', ['县交通运输局']],
    ]);
  });
});

describe('linkReport: 地方政府 is an unnamed body', () => {
  it('ends the central government of the clause before (2018 report)', () => {
    const text = '中央政府定价项目缩减80%，地方政府定价项目缩减50%以上。';
    expect(figureLinks(text, bodies(text, '中央政府'))).toEqual([
      ['80%', ['中央政府']],
      ['50%', []],
    ]);
  });
});

describe('linkReport: a figure after a list of examples names its own things', () => {
  it('does not take the places of the figure before (1956 report)', () => {
    const text =
      '将要新建安徽响洪甸水库、江苏新洋港水闸等２４个大型水利工程，续建安徽梅山水库、辽宁大伙房水库、唐山陡河水库等１８个大型水利工程。';
    const entities = places(text, '安徽', '响洪甸水库', '江苏', '新洋港', '梅山水库', '辽宁', '大伙房水库', '唐山', '陡河水库');
    const links = new Map(figureLinks(text, entities));
    expect(links.get('１８个')).not.toContain('响洪甸水库');
    expect(links.get('１８个')).not.toContain('江苏');
  });
});
