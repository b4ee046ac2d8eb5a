import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences of the lead's probe reports of the seventh session, written for the case.

const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

// Sentences of a city federation of industry and commerce's (工商联) work summary (a lead's probe).
describe('companies of a federation of industry and commerce', () => {
  it('reads a company whose unknown two-character name opens with a character that is elsewhere an adverb (正泰 is not 正 + 泰)', () => {
    expect(orgs('正泰集团、人民电器集团党委被评为全省非公企业“双强六好”党组织。').sort()).toEqual(['人民电器集团', '正泰集团'].sort());
    expect(orgs('我们帮助正泰集团拓展海外市场。')).toEqual(['正泰集团']);
  });
});

describe('a foreign company whose transliterated name holds an adverb and 和', () => {
  it('reads 必和必拓 from its country on, and no company out of two subjects joined by 也和', () => {
    expect(orgs('澳大利亚必和必拓公司是主要的铁矿石供应商。')).toEqual(['必和必拓公司']);
    expect(orgs('美国也和日本公司开展合作。')).not.toContain('美国也和日本公司');
  });
});
