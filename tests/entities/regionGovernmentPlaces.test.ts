import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// A special administrative region's government written alone (newsgap27): jieba holds 香港特区政府 as one word, and main
// read nothing there; the news gold reads the region (香港特区, as 中国 in 中国政府). A bureau written after the
// government stays one body. Sentences written for this test, not taken from a report or the news set.

const read = (s: string) => {
  const es = entitiesOf(s);
  return { places: namesOf(es, 'place'), orgs: namesOf(es, 'organization') };
};

describe('a special administrative region’s government alone', () => {
  it('reads the region', () => {
    expect(read('香港特区政府6日公布了新一份施政报告的落实进展。')).toEqual({ places: ['香港特区'], orgs: [] });
    expect(read('澳门特区政府对此表示欢迎。')).toEqual({ places: ['澳门特区'], orgs: [] });
  });
  it('leaves a bureau after the government one body', () => {
    expect(read('香港特区政府保安局发布消息。')).toEqual({ places: [], orgs: ['香港特区政府保安局'] });
  });
});
