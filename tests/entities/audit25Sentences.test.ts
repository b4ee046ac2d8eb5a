import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';
import { foldText } from '../../src/text/foldText.ts';

// The classes of wrong and missed mentions of audit25's blind samples of the State Council reports
// (tests/fixtures/audit/recall-gwr-2551.tsv, mentions-gwr-2551.tsv), in their sentences (gwr-1954, gwr-1964, gwr-1978)
// and in sentences written beside them, so that they test without ../shared.
const named = (text: string, type: Parameters<typeof namesOf>[1]) => namesOf(entitiesOf(text, foldText(text)), type);

describe('a treaty named by a place written right before 协议 or 公报', () => {
  it('reads the Geneva Accords unquoted, in traditional script too (gwr-1954: the place alone was read)', () => {
    expect(named('必須指出，所有國家都負有義務保證日內瓦協議的嚴格實施。', 'regulation')).toEqual(['日内瓦协议']);
    expect(named('這是對於日內瓦協議的公然違反。', 'regulation')).toEqual(['日内瓦协议']);
    expect(named('根据两次日内瓦协议，老挝应当实现和平和中立。', 'regulation')).toEqual(['日内瓦协议']);
  });

  it('reads a communiqué jieba keeps as one word with its place (上海公报, gwr-1978)', () => {
    expect(named('中美两国在1972年发表的上海公报中声明，台湾是中国的一部分。', 'regulation')).toEqual(['上海公报']);
  });

  it('reads a place written right before 协议 in a sentence written apart (巴黎协议)', () => {
    expect(named('各国应当落实巴黎协议的各项承诺。', 'regulation')).toEqual(['巴黎协议']);
  });

  it('reads no deal reached or signed, nor a place and words before 协议 (签订战略合作协议)', () => {
    expect(named('双方终于在朝鲜问题上达成协议。', 'regulation')).toEqual([]);
    expect(named('在朝鮮問題達成協議以後，局勢趨於緩和。', 'regulation')).toEqual([]);
    expect(named('县政府与深圳市签订合作协议，共建产业园区。', 'regulation')).toEqual([]);
    expect(named('市政府与贵州省政府签订战略合作协议。', 'regulation')).toEqual([]);
    expect(named('遵守历次中美公报的原则。', 'regulation')).toEqual([]);
  });
});

describe('a law called counterfeit (伪宪法) is no law', () => {
  it("reads no constitution in the exiled regime's charter (gwr-1964)", () => {
    expect(named('达赖在逃亡印度后，组织流亡伪政府，公布伪宪法，支持印度反动派对我国的侵略。', 'regulation')).toEqual([]);
  });

  it('still reads the constitution, and the new constitution, unquoted', () => {
    expect(named('各级行政机关要自觉遵守宪法和法律。', 'regulation')).toEqual(['宪法']);
    expect(named('普及新宪法提出的社会公德。', 'regulation')).toEqual(['宪法']);
  });
});
