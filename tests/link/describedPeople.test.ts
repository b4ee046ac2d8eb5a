import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';
import type { PlaceInfo } from '../../src/types.ts';

const place = (text: string, name: string, level: PlaceInfo['level']) => makeEntity('place', name, text, [], { level });
const person = (text: string, name: string) => makeEntity('person', name, text);

// Held-out sentences (舒城县水利局, 宜宾市市场监管局, 永新县退役军人事务局 2023/2024): places opening a clause, then what a person is
// there, then the person — the person is whom the figures of the sentence are about, in those places.
describe('figure links: a person named after a descriptor of where they are from', () => {
  // A penalty is the person's alone, as the held-out golds of these sentences have it (personalSums.ts).
  it('links a villager fined to him alone, not the town and village that describe him', () => {
    const text = '杭埠镇后河村村民王德兵非法采砂，没收违法所得3.6万元。';
    const got = figureLinks(text, [place(text, '杭埠镇', 'town'), place(text, '后河村', 'village'), person(text, '王德兵')]);
    expect(got).toEqual([['3.6万元', ['王德兵']]]);
  });

  it('links the fine of the head of an unnamed firm of a county (一家电商企业负责人) to him alone', () => {
    const text = '屏山县一家电商企业负责人周晓峰组织刷单炒信、虚构交易，依据《中华人民共和国电子商务法》被罚款12万元。';
    const got = figureLinks(text, [place(text, '屏山县', 'county'), person(text, '周晓峰')]);
    expect(got).toEqual([['12万元', ['周晓峰']]]);
  });

  it('reads a city inside the description as part of it (吉安市劳动模范)', () => {
    const text = '埠前镇退役军人、吉安市劳动模范彭小平创办农机专业合作社，带动周边农户320户增收。';
    const got = figureLinks(text, [place(text, '埠前镇', 'town'), place(text, '吉安市', 'city'), person(text, '彭小平')]);
    expect(got).toEqual([['320户', ['埠前镇', '彭小平']]]);
  });

  it('links a village party secretary who is also a veteran, with his town and village', () => {
    const text = '龙源口镇桥头村党支部书记、退役军人李卫东带领村民发展井冈蜜柚产业，种植面积达1200亩。';
    const got = figureLinks(text, [place(text, '龙源口镇', 'town'), place(text, '桥头村', 'village'), person(text, '李卫东')]);
    expect(got).toEqual([['1200亩', ['龙源口镇', '桥头村', '李卫东']]]);
  });
});

// 市人大农业与农村委员会赴茶陵县、炎陵县开展…调研 (株洲市人大常委会 2025); 连云港市商务局 2024 for the trip abroad.
describe('figure links: the places a body goes to (赴)', () => {
  it('links the counties visited to what the visit solved', () => {
    const text = '市人大农业与农村委员会赴茶陵县、炎陵县开展乡村振兴促进法实施情况专题调研，推动解决高标准农田建设管护问题15个。';
    const got = figureLinks(text, [
      makeEntity('organization', '市人大农业与农村委员会', text),
      place(text, '茶陵县', 'county'),
      place(text, '炎陵县', 'county'),
    ]);
    expect(got).toEqual([['15个', ['市人大农业与农村委员会', '茶陵县', '炎陵县']]]);
  });

  it('keeps a trip abroad to its own clause: the firms set up at home are not the countries visited', () => {
    const text = '聚焦新医药、新材料、新能源产业，赴德国北莱茵-威斯特法伦州、韩国京畿道开展招商，力争新设外商投资企业90家以上。';
    const got = figureLinks(text, [
      place(text, '德国', 'country'),
      place(text, '北莱茵-威斯特法伦州', 'city'),
      place(text, '韩国', 'country'),
      place(text, '京畿道', 'city'),
    ]);
    expect(got).toEqual([['90家', []]]);
  });
});

// 常德市民族宗教事务委员会 2023, 甘肃省教育厅 2023 (held-out): a firm or a university the issuer supports does what the figures
// after count.
describe('figure links: a firm or a university supported (支持X…)', () => {
  it('links the sales and jobs of a company after 支持X扩大生产', () => {
    const text = '支持常德市穆斯林清真食品有限公司扩大生产，全年实现销售收入1.28亿元，吸纳少数民族群众就业85人。';
    const got = figureLinks(text, [makeEntity('organization', '常德市穆斯林清真食品有限公司', text)]);
    expect(got).toEqual([
      ['1.28亿元', ['常德市穆斯林清真食品有限公司']],
      ['85人', ['常德市穆斯林清真食品有限公司']],
    ]);
  });

  it('does not link a body supported that is no firm nor university (支持市工商联完成换届)', () => {
    const text = '支持市工商联完成换届，举办民营企业家研修班2期。';
    expect(figureLinks(text, [makeEntity('organization', '市工商联', text)])).toEqual([['2期', []]]);
  });
});
