import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';
import { issuerEntityIds } from '../../src/link/linkReport.ts';
import type { Entity, NormalizedReport } from '../../src/types.ts';

const places = (text: string, ...names: string[]) => names.map((n) => makeEntity('place', n, text));
const bodies = (text: string, ...names: string[]) => names.map((n) => makeEntity('organization', n, text));

// Sentences of the thirty-third held-out set (zhengding-youth-league-committee-2024-gbk-crlf, a 团县委's work report) and
// sentences written for these tests.
describe('linkReport: those a clause sends go where the next clause, opening on 赴, takes them', () => {
  // On the first run 12名 had no link: 赴 stands in the clause after the count, which destinationsAfter did not read.
  it('links the count of those sent to the places after 赴 (正定)', () => {
    const text = '选派12名大学生志愿者参加大学生志愿服务西部计划，赴新疆维吾尔自治区和田地区开展为期一年的服务。';
    expect(figureLinks(text, places(text, '新疆维吾尔自治区', '和田地区'))).toEqual([['12名', ['新疆维吾尔自治区', '和田地区']]]);
    const two = '选派医疗专家30名，赴黔东南州、黔南州开展帮扶。';
    expect(figureLinks(two, places(two, '黔东南州', '黔南州'))).toEqual([['30名', ['黔东南州', '黔南州']]]);
  });

  it('not where the clause sends no one, nor past a destination of its own', () => {
    const gathered = '组织志愿者120名参加培训，赴南坪镇开展义诊。';
    expect(figureLinks(gathered, places(gathered, '南坪镇'))).toEqual([['120名', []]]);
    const posted = '选派干部12名到滨海县挂职，赴阜宁县考察。';
    expect(figureLinks(posted, places(posted, '滨海县', '阜宁县'))).toEqual([['12名', ['滨海县']]]);
  });
});

describe('issuerEntityIds: a society speaks through its executive committee', () => {
  // 我代表市红十字会执行委员会向理事会报告 (桂林): the issuer read from that sentence is the committee; the society is the issuer too.
  it('takes the society for 市红十字会执行委员会, as the body for its standing committee', () => {
    const society: Entity = { id: 'o1', type: 'organization', name: '桂林市红十字会', aliases: ['市红十字会'], mentions: [] };
    const other: Entity = { id: 'o2', type: 'organization', name: '荔浦市红十字会', aliases: [], mentions: [] };
    const report = { issuer: '市红十字会执行委员会' } as NormalizedReport;
    expect([...issuerEntityIds(report, [society, other])]).toEqual(['o1']);
  });
});

describe('linkReport: the last member of a list read only in part', () => {
  // On the first run 58台 was linked to 四湖 (of 两江四湖) and 阳朔 (of 阳朔西街), the examples of “X、Y等景区”: the last member
  // was read only in part, so the list's tail after it (西街等) was not seen.
  it('is an example of the list, as the members before it are (桂林)', () => {
    const text = '会同市文化广电和旅游局在象鼻山、两江四湖、阳朔西街等景区配置自动体外除颤器（AED）58台。';
    const named = [...bodies(text, '市文化广电和旅游局'), ...places(text, '四湖', '阳朔')];
    expect(figureLinks(text, named)).toEqual([['58台', ['市文化广电和旅游局']]]);
  });

  it('not a name standing alone before its verb (在阳朔建成…)', () => {
    const text = '在兴安、阳朔建成备灾仓库2个。';
    expect(figureLinks(text, places(text, '兴安', '阳朔'))).toEqual([['2个', ['兴安', '阳朔']]]);
  });
});
