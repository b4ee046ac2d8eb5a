import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Newspapers and journals in title marks are outlets, organizations (GOLD_FORMAT), not documents: found by the mention
// precision audit of the State Council reports (tests/fixtures/audit/mentions-gwr-1818.tsv, row 144). Report sentences
// and sentences written by helper audit18.
const typed = (text: string) => ({
  organization: namesOf(entitiesOf(text), 'organization'),
  regulation: namesOf(entitiesOf(text), 'regulation'),
});

describe('newspapers and journals in title marks', () => {
  it('reads a paper in marks as an organization (gwr-1982)', () => {
    expect(typed('写了一篇很好的文章，发表于十一月十九日《人民日报》。')).toEqual({ organization: ['人民日报'], regulation: [] });
  });

  it('reads papers and journals as organizations, whatever word ends their name', () => {
    expect(typed('《中国青年报》和《经济日报》记者到村采访。').organization).toEqual(['中国青年报', '经济日报']);
    expect(typed('该研究发表在《中华医学杂志》上。')).toEqual({ organization: ['中华医学杂志'], regulation: [] });
    expect(typed('据英国《金融时报》报道，该公司已撤资。').organization).toEqual(['金融时报']);
  });

  it('names a paper by the region written before its marks: an edition of its own (news-dev-18)', () => {
    const found = entitiesOf('当年，原晋冀鲁豫区《人民日报》和晋察冀区《晋察冀日报》，合并创组华北《人民日报》。');
    expect(namesOf(found, 'organization')).toEqual(['华北《人民日报》', '晋冀鲁豫区《人民日报》', '晋察冀区《晋察冀日报》']);
    expect(namesOf(found, 'place')).toEqual([]);
  });

  it('keeps documents whose names end in 报 as documents', () => {
    expect(typed('国家统计局发布《2023年国民经济和社会发展统计公报》。')).toEqual({
      organization: ['国家统计局'],
      regulation: ['2023年国民经济和社会发展统计公报'],
    });
    expect(typed('市纪委印发《关于典型问题的通报》。').regulation).toEqual(['关于典型问题的通报']);
  });
});
