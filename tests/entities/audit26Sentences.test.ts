import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';
import { foldText } from '../../src/text/foldText.ts';

// The classes of missed and misread mentions of audit26's blind samples of the State Council reports
// (tests/fixtures/audit/recall-gwr-2661.tsv, links-gwr-2661.tsv), in their sentences (gwr-1978, gwr-1988, gwr-1998,
// gwr-2006) and in sentences written beside them, so that they test without ../shared.
const named = (text: string, type: Parameters<typeof namesOf>[1]) => namesOf(entitiesOf(text, foldText(text)), type);

describe('a joint statement or treaty named by its parties, two states by their one-character forms', () => {
  it('reads the China-US joint statement and the three communiqués unquoted (gwr-1998: neither was read)', () => {
    expect(named('我们希望，在中美三个联合公报和中美联合声明的基础上，双方共同努力，求同存异。', 'regulation').sort()).toEqual(
      ['中美三个联合公报', '中美联合声明'].sort(),
    );
  });

  it('reads the joint declarations on Hong Kong and Macao, and the governments named between (gwr-1988, gwr-1978)', () => {
    expect(named('中英联合声明签署三年来，香港保持了稳定繁荣。', 'regulation')).toEqual(['中英联合声明']);
    expect(named('中葡联合声明签署以来，澳门各方面取得了积极的成果。', 'regulation')).toEqual(['中葡联合声明']);
    expect(named('在中日两国政府联合声明的基础上，早日缔结和平友好条约。', 'regulation')).toEqual(['中日两国政府联合声明']);
  });

  it('reads a treaty named by the pair before its nouns, whatever jieba tags the pair (中日|和平|友好条约, 中|俄|…条约)', () => {
    expect(named('我们相信，在中日联合声明、中日和平友好条约的基础上，两国关系将继续发展。', 'regulation').sort()).toEqual(
      ['中日和平友好条约', '中日联合声明'].sort(),
    );
    expect(named('中俄睦邻友好合作条约签署二十周年，两国关系发展良好。', 'regulation')).toEqual(['中俄睦邻友好合作条约']);
    expect(named('推进中美贸易协定谈判，扩大双方的合作。', 'regulation')).toEqual(['中美贸易协定']);
  });

  it('reads states named in full before a joint statement', () => {
    expect(named('双方签署了中国和俄罗斯联合声明，进一步加强合作。', 'regulation')).toEqual(['中国和俄罗斯联合声明']);
  });

  it('reads no statement without its parties, no class of communiqués, and no place of its own as a pair (巴西)', () => {
    expect(named('两国发表了联合声明，双方同意加强合作。', 'regulation')).toEqual([]);
    expect(named('中英双方为贯彻执行联合声明进行了良好的合作。', 'regulation')).toEqual([]);
    expect(named('只要美国严格遵守历次中美公报共同确认的原则，两国关系就能发展。', 'regulation')).toEqual([]);
    expect(named('他们签订了非法协议，应当依法处理。', 'regulation')).toEqual([]);
  });
});

describe('中 that lays out a sum of money is the central budget, not the party centre', () => {
  it('reads no party centre in 中央安排30亿元国债资金 (gwr-2006: read as 党中央 and linked to the sum)', () => {
    expect(named('中央安排30亿元国债资金支持中西部乡镇卫生院建设，改善农村医疗卫生条件。', 'organization')).toEqual([]);
    expect(named('今年中央下拨一千二百亿元用于灾区重建。', 'organization')).toEqual([]);
  });

  it("still reads the party centre's arrangements and decisions, with no sum", () => {
    expect(named('按照中央安排部署，扎实推进各项工作落实。', 'organization')).toEqual(['党中央']);
    expect(named('中央决定安排专项资金，支持灾区重建。', 'organization')).toEqual(['党中央']);
  });
});
