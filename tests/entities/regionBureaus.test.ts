import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Bodies of Hong Kong, Macao and the zone they run with Guangdong, as a customs district's or a commerce bureau's report
// names them. Sentences written for the case.
const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

describe("a special administrative region's bureau written after its government", () => {
  it('reads the government and its bureau as one body, 及 inside the bureau’s name', () => {
    const names = orgs('会同澳门特别行政区政府经济及科技发展局举办推介会15场。澳门特别行政区政府旅游局局长出席。');
    expect(names).toEqual(expect.arrayContaining(['澳门特别行政区政府经济及科技发展局', '澳门特别行政区政府旅游局']));
    expect(names).not.toContain('澳门特别行政区政府');
  });

  it('ends the bureau before its head’s post, where jieba glued them (发展|局局长)', () => {
    expect(orgs('香港特别行政区政府商务及经济发展局局长表示欢迎。')).toEqual(['香港特别行政区政府商务及经济发展局']);
  });

  it('keeps the government alone where no bureau follows it', () => {
    expect(orgs('香港特别行政区政府高度重视安全局势。')).toEqual(['香港特别行政区政府']);
  });
});

describe('a zone run by the executive committee of two governments', () => {
  it('reads the zone and its 执行委员会 as one body', () => {
    expect(orgs('横琴粤澳深度合作区执行委员会发布通告。')).toEqual(['横琴粤澳深度合作区执行委员会']);
  });
});
