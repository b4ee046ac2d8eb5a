import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

const places = (text: string, ...names: string[]) => names.map((n) => makeEntity('place', n, text));

// People or firms counted and sent somewhere (选派专家312名赴X帮扶, 组织42家企业赴德国参加…) do what is counted there: the
// places after 赴/前往 are what the figure is about, with whoever sends them. Sentences of the fourteenth held-out set
// (guizhou-health-commission-2023) and written for these tests.
describe('linkReport: the places the counted are sent to after 赴/前往', () => {
  it('links the country firms are sent to where a fair they take part in follows it (赴德国参加…博览会)', () => {
    const text = '组织28家企业赴法国参加巴黎国际农业博览会。';
    const entities = [...places(text, '法国'), makeEntity('campaign', '巴黎国际农业博览会', text)];
    expect(figureLinks(text, entities)).toEqual([['28家', ['法国']]]);
  });

  it('links the sender and the places, and the clause after goes on with them (贵州)', () => {
    const text = '广东省卫生健康委员会选派医疗专家312名赴黔东南苗族侗族自治州、黔南布依族苗族自治州帮扶，新建临床专科58个。';
    const entities = [
      makeEntity('organization', '广东省卫生健康委员会', text),
      ...places(text, '黔东南苗族侗族自治州', '黔南布依族苗族自治州'),
    ];
    const all = ['广东省卫生健康委员会', '黔东南苗族侗族自治州', '黔南布依族苗族自治州'];
    expect(figureLinks(text, entities)).toEqual([
      ['312名', all],
      ['58个', all],
    ]);
  });

  it('reads 前往 and a place run joined by 和', () => {
    const text = '组织技术骨干26名前往遵义市和毕节市开展巡回医疗。';
    expect(figureLinks(text, places(text, '遵义市', '毕节市'))).toEqual([['26名', ['遵义市', '毕节市']]]);
  });

  it('not a place named later in the clause without 赴, nor one after words that go on too long', () => {
    const text = '培训乡村医生3200人，覆盖遵义市。组织医生120名分批分期轮流多次赴毕节市义诊。';
    expect(figureLinks(text, places(text, '遵义市', '毕节市'))).toEqual([
      ['3200人', []],
      ['120名', []],
    ]);
  });
});
