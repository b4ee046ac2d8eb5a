import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf, spans } from './entityTestKit.ts';

// The grassroots level (issue 8, item 5): the bodies of towns, townships and streets, one entity per body across its
// short forms, lying in their town. Sentences written for these tests; names invented or taken from the gazetteer.
describe('town bodies: a town’s own 巡察 report', () => {
  const text = [
    '中共龙泉镇委员会关于县委巡察整改情况的通报',
    '县委第二巡察组对龙泉镇党委开展了常规巡察。镇党委召开专题会议3次，镇纪委立案5件，镇政府出台整改方案，镇财政所清退资金2万元。',
    '中共龙泉镇委员会',
  ].join('\n');
  const es = entitiesOf(text);

  it('reads 中共龙泉镇委员会, 龙泉镇党委 and the bare 镇党委 as one party committee', () => {
    const pc = entity(es, 'organization', '中共龙泉镇委员会');
    expect(pc?.aliases).toEqual(['镇党委', '龙泉镇党委']);
    expect(spans(pc).map(([, , s]) => s)).toEqual(['中共龙泉镇委员会', '龙泉镇党委', '镇党委', '中共龙泉镇委员会']);
  });

  it('names the bare 镇纪委, 镇政府 and 镇财政所 after the town the report is about, in that town', () => {
    expect(entity(es, 'organization', '龙泉镇纪委')?.aliases).toEqual(['镇纪委']);
    expect(entity(es, 'organization', '龙泉镇人民政府')?.aliases).toEqual(['镇政府']);
    expect(entity(es, 'organization', '龙泉镇财政所')?.place?.path?.at(-1)).toBe('龙泉镇');
  });

  it('keeps the town a place of its own where only its bodies name it', () => {
    expect(namesOf(es, 'place')).toEqual(['龙泉镇']);
  });
});

describe('town bodies: a county report naming several towns', () => {
  it('reads each town’s body after its name, in that town (黄陂镇党委 ⊂ 黄陂镇 ⊂ 宁都县)', () => {
    const es = entitiesOf('宁都县纪委监委对黄陂镇党委、青塘镇纪委进行约谈，青塘镇卫生院院长被问责。');
    expect(namesOf(es, 'organization')).toEqual(['宁都县纪委监委', '青塘镇卫生院', '青塘镇纪委', '黄陂镇党委']);
    expect(entity(es, 'organization', '黄陂镇党委')?.place?.path).toEqual(['江西省', '赣州市', '宁都县', '黄陂镇']);
  });

  it('reads a township’s government and a street’s 办事处', () => {
    const es = entitiesOf('县纪委监委对大河乡人民政府、红星街道办事处进行约谈。');
    expect(namesOf(es, 'organization')).toEqual(['县纪委监委', '大河乡人民政府', '红星街道办事处']);
  });

  it('gives no town to a bare 镇党委 when the report is about no one town', () => {
    const es = entitiesOf('县委巡察组对黄陂镇、青塘镇开展巡察。镇党委要落实主体责任。');
    expect(namesOf(es, 'organization')).toEqual(['县委巡察组']);
  });
});

describe('town bodies: words that are no body', () => {
  it('reads nothing in 乡镇党委, 各镇党委, 城镇, 镇村两级', () => {
    const es = entitiesOf('乡镇党委要落实主体责任，各镇党委书记要带头，镇村两级加强农村基层党组织建设。');
    expect(namesOf(es, 'organization')).toEqual([]);
  });

  it('reads no office in 新建卫生院2家 or a community’s 社区卫生服务中心', () => {
    const text = '中共龙泉镇委员会关于巡察整改情况的通报\n在龙泉镇新建标准化卫生院2家，镇社区卫生服务中心延长服务时间。';
    expect(namesOf(entitiesOf(text), 'organization')).toEqual(['中共龙泉镇委员会']);
  });
});

describe('leading groups', () => {
  it('reads the group someone is said to lead (由…任组长的…领导小组) and its owner’s group', () => {
    const es = entitiesOf('县委成立由县委书记周文斌任组长、县长孙立平任副组长的巡察整改工作领导小组。省委改革领导小组审定方案。');
    expect(namesOf(es, 'organization')).toEqual(expect.arrayContaining(['巡察整改工作领导小组', '省委改革领导小组']));
  });

  it('reads a group set up by a body (县委成立…) and a level’s group (成立区…领导小组)', () => {
    expect(namesOf(entitiesOf('县委成立整改工作领导小组，统筹推进整改。'), 'organization')).toEqual(['县委', '整改工作领导小组']);
    // 区委 is named in the post 区委书记, and owns no group.
    expect(namesOf(entitiesOf('区委书记牵头成立区巡视整改工作领导小组并担任组长。'), 'organization')).toEqual([
      '区委',
      '区巡视整改工作领导小组',
    ]);
  });

  it('reads no group that every unit sets up, or a special group', () => {
    const es = entitiesOf('各园区、镇(街道)、部门迅速成立整改落实工作领导小组及办公室。举一反三，成立专项领导小组，下设领导小组办公室。');
    expect(namesOf(es, 'organization')).toEqual([]);
  });
});

describe('the bodies and people of a discipline notice', () => {
  it('reads a department of two fields joined by 和, and one named by an adjective field (卫生健康局)', () => {
    const es = entitiesOf(
      '县住房和城乡建设局局长履职不力，对县住房和城乡建设局党组进行约谈。区卫生健康局、市人力资源和社会保障局负责整改。',
    );
    expect(namesOf(es, 'organization')).toEqual(['区卫生健康局', '县住房和城乡建设局', '市人力资源和社会保障局']);
  });

  it('reads two bodies, not one, where 和 joins them (市纪委和市公安局)', () => {
    expect(namesOf(entitiesOf('市纪委和市公安局联合开展检查。'), 'organization')).toEqual(['市公安局', '市纪委']);
  });

  it('reads 赖志明 after his title, and 何志强 where jieba glued the title to his surname (主任|何 → 任何)', () => {
    const es = entitiesOf('县住房和城乡建设局局长赖志明履职不力。镇纪委对原镇农业综合服务中心主任何志强立案审查。');
    expect(namesOf(es, 'person')).toEqual(['何志强', '赖志明']);
  });

  it('reads no name in 主任何时 (任何 is a word, 时 no given name)', () => {
    expect(namesOf(entitiesOf('主任何时到位。'), 'person')).toEqual([]);
  });
});

describe('villages and village groups', () => {
  const text = [
    '中共龙泉镇委员会关于巡察整改情况的通报',
    '石马村第三村民小组违规发放补贴2万元，双河村五组清退资金。全镇12个村、农村工作组、巡察组、乡村振兴、社区治理有序推进。',
    '中共龙泉镇委员会',
  ].join('\n');
  const es = entitiesOf(text);

  it('reads a village’s group as a place in the village, and the village in the town the report is about', () => {
    expect(namesOf(es, 'place')).toEqual(['双河村五组', '石马村第三村民小组', '龙泉镇']);
    expect(entity(es, 'place', '石马村第三村民小组')?.place?.path).toEqual(['龙泉镇', '石马村']);
  });

  it('reads no place in 村 of 农村/乡村振兴, 组 of 工作组/巡察组, 社区 of 社区治理', () => {
    expect(namesOf(es, 'place').filter((n) => /工作组|巡察组|农村|乡村|社区治理/.test(n))).toEqual([]);
  });
});
