import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

const ofType = (text: string, type: string) =>
  entitiesOf(text)
    .filter((e) => e.type === type)
    .flatMap((e) => e.mentions.map((m) => m.surface))
    .sort();

// Classes the blind audit of the State Council reports found missed or wrong (tests/fixtures/audit/recall-gwr-2441.tsv,
// mentions-gwr-2441.tsv): report sentences, and sentences written for the rules.
describe('counties listed in groups under their provinces and counted (recall-gwr-2441 row 1, 1958 report)', () => {
  it('reads every group of the list, the names of their day too (龙溪, 海澄, 广济)', () => {
    const text =
      '而广东省的澄海、潮安、揭阳、潮阳、普宁、南澳，福建省的龙溪、海澄、长乐，湖北省的孝感，四川省的郫县等十一个县，粮食的每亩平均产量已经达到或者超过了一千斤。';
    const places = ofType(text, 'place');
    for (const name of ['澄海', '南澳', '龙溪', '海澄', '长乐', '孝感', '郫县']) expect(places).toContain(name);
    const cotton = '湖北省的麻城、广济，浙江省的慈溪，甘肃省的敦煌，河北省的石家庄等五个县、市，棉花的每亩平均产量已经达到一百斤以上。';
    expect(ofType(cotton, 'place')).toContain('广济');
  });

  it('reads no group across a comma where the members do not make the count (written)', () => {
    const text = '会议讨论了工作的重点、难点，浙江省的慈溪、余姚等两个县作了发言。';
    const places = ofType(text, 'place');
    expect(places).not.toContain('重点');
    expect(places).not.toContain('难点');
  });
});

describe('a law said to come into force (随着…法的实施)', () => {
  it('reads the law (recall-gwr-2441 row 17, 1988 report) and one written', () => {
    expect(ofType('随着义务教育法的实施，中小学办学条件有了改善，教师素质有了提高。', 'regulation')).toEqual(['义务教育法']);
    expect(ofType('随着环境保护法的颁布，各地加强了污染治理。', 'regulation')).toEqual(['环境保护法']);
  });

  it('reads no method whose implementation is spoken of (written)', () => {
    expect(ofType('教学方法的实施要因地制宜。', 'regulation')).toEqual([]);
  });
});

describe('waters counted by kind and named as one set (三河三湖) are no place (mentions-gwr-2441 row 51, 2010 report)', () => {
  it('reads neither the set nor its halves as places', () => {
    expect(ofType('加强"三河三湖" 等重点流域水污染防治和工业废水废气废渣治理。', 'place')).toEqual([]);
    expect(ofType('加强“两湖一库”等重点流域水污染防治。', 'place')).toEqual([]);
  });

  it('still reads the city 三河 and the cities written by their counts (written)', () => {
    expect(ofType('三河市和三门峡市、十堰市联合开展治理。', 'place')).toEqual(['三河市', '三门峡市', '十堰市']);
  });
});

describe('bodies of the world named by a count in digits, and the Asia–Europe Meeting (recall-gwr-2441 rows 25, 34)', () => {
  it('reads 20国集团 as the G20 (2010 report) and 77国集团 as the Group of 77 (written)', () => {
    const orgs = (text: string) =>
      entitiesOf(text)
        .filter((e) => e.type === 'organization')
        .map((e) => e.name)
        .sort();
    expect(orgs('新的一年，我们将继续以20国集团金融峰会等重大多边活动为主要平台，积极参与国际体系变革进程。')).toEqual(['二十国集团']);
    expect(orgs('77国集团发表联合声明。')).toEqual(['七十七国集团']);
  });

  it('reads 亚欧会议 and its summit (1998, 2022 reports)', () => {
    expect(ofType('积极参与亚太经合组织和亚欧会议的活动。', 'organization')).toEqual(['亚太经合组织', '亚欧会议']);
  });
});
