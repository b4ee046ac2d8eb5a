import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

// An autonomous county by its stem and 县 where jieba leaves the level word alone (newsgap26): 积石山|县 is read as the
// county, and the mention was the stem alone, leaving 县 out of the name the text writes. Sentences written for this test,
// not taken from a report or the news set.

const places = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'place')
    .map((e) => [e.name, ...e.aliases]);

describe('a county by its stem and its level word', () => {
  it('reads the stem and 县 as the short name', () => {
    expect(places('指战员连夜赶赴积石山县地震灾区。')).toEqual([['积石山保安族东乡族撒拉族自治县', '积石山县']]);
  });
  it('reads the stem alone where no level word follows it', () => {
    expect(places('积石山的群众正在重建家园。')).toEqual([['积石山保安族东乡族撒拉族自治县', '积石山']]);
  });
});
