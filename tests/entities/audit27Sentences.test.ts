import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';
import { foldText } from '../../src/text/foldText.ts';

// The missed and misread places of audit27's blind paragraph sample of the State Council reports
// (tests/fixtures/audit/recall-gwr-2771.tsv), in its sentence (gwr-1964) and in sentences written beside it, so that they
// test without ../shared.
const places = (text: string) => namesOf(entitiesOf(text, foldText(text)), 'place').sort();

describe('a territory a state held, named by the state’s one-character form and 属', () => {
  it('reads Portuguese Guinea whole, not Guinea (gwr-1964: 几内亚 was read inside 葡属几内亚)', () => {
    expect(places('葡属几内亚人民的斗争一定会取得胜利。')).toEqual(['葡属几内亚']);
  });

  it('reads the territories whether jieba glues the state’s form to the name or not', () => {
    expect(places('法属圭亚那和英属维尔京群岛、美属萨摩亚都在海外。')).toEqual(['法属圭亚那', '美属萨摩亚', '英属维尔京群岛'].sort());
  });

  it('keeps a country after 属 that ends another word, and the country beside its territory', () => {
    expect(places('几内亚和葡属几内亚是两个国家。')).toEqual(['几内亚', '葡属几内亚'].sort());
  });
});

describe('a list of states closed by 等国, its last member joined by 和', () => {
  const text =
    '他表示相信，安哥拉、葡属几内亚、莫三鼻给、西南非洲、贝专纳、巴苏陀兰、斯威士兰、南非人民和津巴布韦等国人民争取独立和自由的斗争，一定会取得最后胜利。';

  it('reads every member, each repeating the noun after the class (gwr-1964: five of the nine were missed)', () => {
    expect(places(text)).toEqual(
      ['安哥拉', '葡属几内亚', '莫三鼻给', '西南非洲', '贝专纳', '巴苏陀兰', '斯威士兰', '南非', '津巴布韦'].sort(),
    );
  });

  it('reads a member jieba takes for another word, and the last one after 和 (sentences written for it)', () => {
    expect(places('贝专纳、巴苏陀兰和莫三鼻给等国的人民')).toEqual(['巴苏陀兰', '贝专纳', '莫三鼻给'].sort());
  });

  it('reads no member of a list of things that are not places', () => {
    expect(places('要发展旅游和文化等产业。')).toEqual([]);
    expect(places('加强同教育、卫生和体育等部门的合作。')).toEqual([]);
  });
});

describe("a field's own five-year plan, named by the field's work before the plan's period", () => {
  const campaigns = (text: string) => namesOf(entitiesOf(text, foldText(text)), 'campaign');

  it('reads the western development’s plan whole, not the state’s (gwr-2016: read as “十三五”规划)', () => {
    expect(campaigns('制定实施西部大开发“十三五”规划，实施新一轮东北地区等老工业基地振兴战略。')).toEqual(['西部大开发“十三五”规划']);
  });

  it('reads the army’s and a sector’s plans whole (gwr-2024 and sentences written for it)', () => {
    expect(campaigns('抓好军队建设“十四五”规划执行。')).toEqual(['军队建设“十四五”规划']);
    expect(campaigns('编制能源发展“十三五”规划。')).toEqual(['能源发展“十三五”规划']);
    expect(campaigns('制定交通运输发展“十三五”规划。')).toEqual(['交通运输发展“十三五”规划']);
  });

  it('keeps the state’s plan after a verb and under its own title', () => {
    expect(campaigns('加快发展“十四五”规划重大工程。')).toEqual(['“十四五”规划']);
    expect(campaigns('实施国民经济和社会发展“十三五”规划。')).toEqual(['“十三五”规划']);
    expect(campaigns('深入研究和编制“十一五”规划。')).toEqual(['“十一五”规划']);
  });
});
