import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';
import { spacedDigitGaps } from '../../src/figures/spacedDigits.ts';

// Recognizers that visit only the words carrying their cue (a hyphen, 厂, 党委, 员, 任, 国, an unknown word of their
// shape), not every word of a report: each still reads the sentence its own comment names. Written as sentences of the
// kinds each reads; every line read the same before the change (main 07874e24), where each recognizer tested every word.
const read = (s: string) =>
  entitiesOf(s)
    .map((e) => `${e.type}:${e.name}`)
    .sort();

describe('recognizers that start from their cue read what they read from every word', () => {
  it('reads a foreign division joined by a hyphen (findHyphenatedPlaces)', () => {
    expect(read('北莱茵-威斯特法伦州和安特卫普-布鲁日港的代表出席了会议。')).toEqual([
      'place:北莱茵-威斯特法伦州',
      'place:安特卫普-布鲁日港',
    ]);
  });
  it('reads a level’s works, not every county’s (levelWorks)', () => {
    expect(read('去年县水泥厂和镇农机厂扭亏为盈，各县水泥厂也在改造。')).toEqual(['organization:县水泥厂', 'organization:镇农机厂']);
  });
  it('reads a station’s party body (stationPartyBodies)', () => {
    expect(read('北京西站党委和上海火车站党总支开展了共建活动。')).toEqual(['organization:上海火车站党总支', 'organization:北京西站党委']);
  });
  it('reads a name glued to a clerk’s 员 (namesGluedToStaffSuffix)', () => {
    expect(read('报账员林春梅和记账员覃秀英受到表彰。')).toEqual(['person:林春梅', 'person:覃秀英']);
  });
  it('reads a name glued to the word of grammar opening its clause (namesAfterGluedOpeners)', () => {
    expect(read('当许传音进一步指出，改革要稳步推进。')).toEqual(['person:许传音']);
  });
  it('reads a name glued to the verb of holding a post, whole or split (gluedPostVerbNames)', () => {
    expect(read('李春燕任县委办公室主任，聂志刚任县审计局副局长。')).toEqual(['organization:县委办公室', 'person:李春燕', 'person:聂志刚']);
    expect(read('谭国富任县审计局党组书记。')).toEqual(['person:谭国富']);
  });
  it('reads a state by the full name jieba knows as one place word (fullStateNames)', () => {
    expect(read('德意志民主共和国和捷克斯洛伐克共和国派代表团参加。')).toEqual(['place:东德', 'place:捷克斯洛伐克']);
  });
});

// A university's short name ends in 大 and a university's name in 大学: universityShortNames and namesAUniversity visit
// the words closing on 大 or 学, not every word. Every line read the same before the change (main b79890ee).
describe('university names read from the words closing on 大 or 学', () => {
  it('reads a short name before a university’s word or in a list of universities (universityShortNames)', () => {
    expect(read('今年川大招生办公布了录取分数线，浙大学生也来参观。')).toEqual(['organization:川大']);
    expect(read('复旦、浙大、南大等高校参加了论坛。')).toEqual(['organization:南京大学', 'organization:复旦大学', 'organization:浙大']);
    expect(read('上海交大和西安交大联合举办研讨会。')).toEqual(['organization:上海交大', 'organization:西安交大']);
    expect(read('北大、浙大和南京大学的专家出席会议。')).toEqual(['organization:北京大学', 'organization:南京大学', 'organization:浙大']);
  });
  it('reads a college named by its field only where a university is named (namesAUniversity)', () => {
    expect(read('江城理工大学今年新设人工智能学院，招收本科生200名。')).toEqual(['organization:人工智能学院', 'organization:江城理工大学']);
    expect(read('县里开办行政学院，培训干部300人次。')).toEqual([]);
  });
});

describe('spacedDigitGaps reads the lines only of a report with enough spaces after digits', () => {
  it('finds the gaps of digits spaced one by one', () => {
    expect(spacedDigitGaps('1 9 9 3 年3 月，产值7 4 7 7 2 亿元，增长1 1 ％，出口2 3 亿元。')).toHaveLength(14);
  });
  it('finds none where a space after a digit is occasional', () => {
    expect(spacedDigitGaps('增长 52％，达到 3 项，共 8 个。')).toEqual([]);
  });
});
