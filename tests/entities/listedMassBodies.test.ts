import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

// People's organizations written bare in a list of bodies, and the CPPCC by its own short name: found by the paragraph
// recall audit of the State Council reports (tests/fixtures/audit/recall-gwr-2122.tsv rows 20 and 22: 妇联 and 人民政协
// missed, 共青团 beside them found). Report sentences and sentences written by helper audit21.
const bodies = (text: string) =>
  entitiesOf(text)
    .filter((e) => e.type === 'organization')
    .flatMap((e) => e.mentions.map((m) => [m.start, m.surface] as const))
    .sort((a, b) => a[0] - b[0])
    .map(([, surface]) => surface);

describe('people’s organizations listed bare', () => {
  it('reads each member of a list of bodies summed up as such (gwr-2022, gwr-1982)', () => {
    expect(bodies('支持工会、共青团、妇联等群团组织更好发挥作用。')).toEqual(['工会', '共青团', '妇联']);
    expect(bodies('我们还希望共青团、工会、妇联等群众团体都来重视这项工作。')).toEqual(['共青团', '工会', '妇联']);
  });

  it('reads one beside a class of bodies (gwr-2004)', () => {
    expect(bodies('认真听取民主党派、工商联、无党派人士和各人民团体的意见。')).toEqual(['工商联']);
  });

  it('reads the CPPCC by the short name its charter gives it (gwr-2016)', () => {
    expect(bodies('依法接受同级人大及其常委会的监督，自觉接受人民政协的民主监督。')).toContain('人民政协');
  });

  // audit22: the full name holds 会议, and only the 中国 inside it was read (gwr-1978, gwr-1954).
  it('reads the CPPCC by its full name, alone or with its national committee and session, not the country inside it', () => {
    expect(
      bodies('和我们这次全国人民代表大会同时召开的中国人民政治协商会议第五届全国委员会，对于进一步巩固和发展我国的统一战线。'),
    ).toEqual(['全国人民代表大会', '中国人民政治协商会议第五届全国委员会']);
    expect(bodies('中国人民政治协商会议是统一战线的组织。')).toEqual(['中国人民政治协商会议']);
    expect(entitiesOf('中国人民政治协商会议是统一战线的组织。').filter((e) => e.type === 'place')).toEqual([]);
  });

  it('reads no bare union or federation outside a list of bodies (written)', () => {
    expect(bodies('他在妇联工作了十年，工会经费按时拨付。')).toEqual([]);
    expect(bodies('企业工会和职工代表要参与决策。')).toEqual([]);
  });
});
