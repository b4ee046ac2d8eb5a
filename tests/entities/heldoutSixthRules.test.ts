import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Rules written after the sixth held-out set's first run (a Xinjiang county 纪委监委's work report and a city 商务局's
// trade summary), each on sentences written for the rule, not taken from the reports.
describe('Uyghur and Kazakh names written with a middle dot', () => {
  it('reads the whole name when its parts use the Turkic names’ characters (合, 不, 都, 买, 吐, 力, 别, 依)', () => {
    const text = '经查，乌鲁木齐县托里乡原副乡长阿不都外力·买买提违规发放补贴，村委会主任依力哈木·吐尔逊、会计别克力·合力别克受到处分。';
    expect(namesOf(entitiesOf(text), 'person')).toEqual(['依力哈木·吐尔逊', '别克力·合力别克', '阿不都外力·买买提'].sort());
  });
  it('reads a byline of one such name on its own line', () => {
    expect(namesOf(entitiesOf('坚持严的基调\n——在县纪委全会上的报告\n热依汗古丽·托合提\n\n同志们：'), 'person')).toEqual([
      '热依汗古丽·托合提',
    ]);
  });
});
