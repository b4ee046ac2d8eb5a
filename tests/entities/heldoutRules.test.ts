import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf, spans } from './entityTestKit.ts';

// Rules found on the later held-out reports (tests/fixtures/heldout: changyang, yubei, anji, shaoxing), each on a sentence
// of the kind those reports write.
describe('places: a verb before a river, a region cut out of a larger one', () => {
  it('reads 清江 without the verb jieba tags as a noun before it (整治清江沿岸)', () => {
    const es = entitiesOf('清理整治清江沿岸“三乱”问题87处。');
    expect(namesOf(es, 'place')).toEqual(['清江']);
    expect(spans(entity(es, 'place', '清江'))).toEqual([[4, 6, '清江']]);
  });

  it('still reads a river opening its clause with a position word (前山河)', () => {
    expect(spans(entity(entitiesOf('前山河水质由Ⅴ类提升至Ⅲ类。'), 'place', '前山河'))).toEqual([[0, 3, '前山河']]);
  });

  it('reads the region 成渝地区双城经济圈 whole, not 成渝地区 cut out of it', () => {
    expect(namesOf(entitiesOf('推进成渝地区双城经济圈建设。'), 'place')).toEqual(['成渝地区双城经济圈']);
  });
});

describe('organizations: institutions and a city body written with its level word', () => {
  it('reads an airport jieba knows whole as a named body (重庆江北国际机场), not a generic 国际机场', () => {
    const es = entitiesOf('依托重庆江北国际机场，加快建设临空经济示范区。');
    expect(spans(entity(es, 'organization', '重庆江北国际机场'))).toEqual([[2, 10, '重庆江北国际机场']]);
    expect(namesOf(entitiesOf('依托国际机场建设临空经济区。'), 'organization')).toEqual([]);
  });

  it('reads a hospital affiliated to a university as one body (浙江大学医学院附属第一医院), not the university', () => {
    const es = entitiesOf('县人民医院与浙江大学医学院附属第一医院共建紧密型医联体。');
    expect(namesOf(es, 'organization')).toEqual(['县人民医院', '浙江大学医学院附属第一医院']);
    expect(spans(entity(es, 'organization', '浙江大学医学院附属第一医院'))).toEqual([[6, 19, '浙江大学医学院附属第一医院']]);
  });

  it('reads a level word and a noun stem before 中心 as a city body (市疾控中心), not 市中心 or 市民服务中心', () => {
    const es = entitiesOf('3）加强公共卫生能力建设。市疾控中心新建生物安全二级实验室4个。');
    expect(spans(entity(es, 'organization', '市疾控中心'))).toEqual([[13, 18, '市疾控中心']]);
    expect(namesOf(entitiesOf('推进市中心城区改造。争取市民服务中心办事大厅投入使用。'), 'organization')).toEqual([]);
  });

  it('reads 市卫生健康委党组 and 委党组 as the party group that writes itself 中共绍兴市卫生健康委员会党组', () => {
    const text =
      '中共绍兴市卫生健康委员会党组关于巡察整改情况的通报\n市委第一巡察组对市卫生健康委党组开展了常规巡察。委党组把巡察整改作为重大政治任务。';
    const pg = entity(entitiesOf(text), 'organization', '中共绍兴市卫生健康委员会党组');
    expect(spans(pg)).toEqual([
      [0, 14, '中共绍兴市卫生健康委员会党组'],
      [34, 42, '市卫生健康委党组'],
      [50, 53, '委党组'],
    ]);
    expect([...(pg?.aliases ?? [])].sort()).toEqual(['委党组', '市卫生健康委党组']);
  });
});
