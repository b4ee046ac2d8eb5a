import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences written by helper orgs11 for units of county bodies, none from a report.
describe('organizations: a county’s units named after their body or their level', () => {
  it('reads a bureau’s station named by a town jieba does not know (李庄/x|市场监管|所) with the bureau', () => {
    expect(namesOf(entitiesOf('县市场监管局李庄市场监管所查处一起销售过期食品案件。'), 'organization')).toEqual([
      '县市场监管局李庄市场监管所',
    ]);
  });
  it('names a stationed discipline team with the body that sends it when that body is written right before it', () => {
    expect(namesOf(entitiesOf('县纪委监委驻县教育局纪检监察组立案审查调查6件。'), 'organization')).toEqual([
      '县纪委监委驻县教育局纪检监察组',
    ]);
    expect(namesOf(entitiesOf('县纪委监委驻各部门纪检监察组加强日常监督。'), 'organization')).toEqual(['县纪委监委']);
  });
  it('reads a level’s numbered waterworks (县第二水厂)', () => {
    expect(namesOf(entitiesOf('县第二水厂扩建工程建成通水，日供水能力提高3万吨。'), 'organization')).toEqual(['县第二水厂']);
  });
  it('reads a level’s rescue team named by its volunteers’ name or its work, not a bare 救援队', () => {
    expect(namesOf(entitiesOf('县蓝天救援队接到报警后派出12名队员赶赴现场。'), 'organization')).toEqual(['县蓝天救援队']);
    expect(namesOf(entitiesOf('县应急救援队开展防汛演练。'), 'organization')).toEqual(['县应急救援队']);
    expect(namesOf(entitiesOf('县救援队赶到现场。'), 'organization')).toEqual([]);
  });
});
