import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Hong Kong's and Macao's bodies where jieba holds the region and the body as one word (香港特区政府/nt, 香港立法会/nt).
// Sentences of the news14 set (tests/fixtures/news14) and written for the case.
const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

describe("a region's government held as one word, and the bureau after it", () => {
  it('reads the government and its bureau as one body (香港特区政府|保安局, 澳门特区政府|旅游局)', () => {
    expect(orgs('香港特区政府保安局局长邓炳强表示，警方已就该案拘捕3名男子。')).toEqual(['香港特区政府保安局']);
    expect(orgs('澳门特区政府旅游局数据显示，今年一季度访澳旅客达到800万人次。')).toEqual(['澳门特区政府旅游局']);
  });
  it('reads no body in the government alone: the news gold reads the region there (香港特区政府对此表示失望)', () => {
    expect(orgs('香港特区政府对此表示失望。')).toEqual([]);
    expect(orgs('特区政府表示条例将于刊宪当日生效。')).toEqual([]);
  });
});

describe("a region's legislature held as one word", () => {
  it('reads 香港立法会/nt as the legislature', () => {
    expect(orgs('香港立法会当天三读通过《维护国家安全条例》。')).toEqual(['香港立法会']);
  });
});
