import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

const places = (text: string, ...names: string[]) => names.map((n) => makeEntity('place', n, text));

// The classes of wrong figure links of audit26's blind sample tests/fixtures/audit/links-gwr-2661.tsv, in its sentences
// (gwr-1956, gwr-1988) and in sentences written beside them, and one of the news corpus (news-dev-04): the places of
// lines named as examples of a count, and a part a count includes (包括…在内).
describe('linkReport: lines named by their places as examples of a count are not what it counts', () => {
  it('links none of the places of the two lines named before 等25条 (gwr-1956: all four were linked)', () => {
    const text = '１９５６年施工线路有包头——兰州线、内江——昆明线等２５条。';
    expect(figureLinks(text, places(text, '包头', '兰州', '内江', '昆明'))).toEqual([['２５条', []]]);
  });

  it('links no works named by its place before 等, one class character after it', () => {
    const text = '今年续建芜湖港、九江港等12个港口。';
    expect(figureLinks(text, places(text, '芜湖', '九江'))).toEqual([['12个', []]]);
  });

  it("keeps a line's own figure for its places", () => {
    const text = '贯通西南的宝鸡——成都线已经完成全线铺轨任务的７３％。';
    expect(figureLinks(text, places(text, '宝鸡', '成都'))).toEqual([['７３％', ['宝鸡', '成都']]]);
  });
});

describe('linkReport: what a count includes (包括…在内) is a part of it, not its owner', () => {
  it('gives the billion to China, not to Taiwan (gwr-1988: 台湾省 was linked)', () => {
    const text = '当前，包括台湾同胞在内的十亿中国人民迫切盼望国家早日统一，富强昌盛。';
    expect(figureLinks(text, places(text, '台湾', '中国'))).toEqual([['十亿', ['中国']]]);
  });

  it('links no department to the cadres it is one among (news-dev-04: 省委宣传部 linked to all three counts)', () => {
    const text = '包括省委宣传部一名副部长在内的3名厅级干部、9名处级干部和8名基层干部受到撤职和留党察看等处理。';
    const bodies = [makeEntity('organization', '省委宣传部', text)];
    expect(figureLinks(text, bodies).map(([, names]) => names)).toEqual([[], [], []]);
  });

  it("gives a count of a place's people written right before its name to that place (13亿中国人民: none was linked)", () => {
    const text = '13亿中国人民正在为实现现代化而奋斗。';
    expect(figureLinks(text, places(text, '中国'))).toEqual([['13亿', ['中国']]]);
  });
});
