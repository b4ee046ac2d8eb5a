import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Rules found on the fourth held-out set (tests/fixtures/heldout: an audit work report, a 纪委监委 全会 report), each on
// sentences written for the test, not taken from those reports.
describe('organizations: the bodies an audit report names', () => {
  it('reads a party committee’s own commission (县委审计委员会, 市委全面深化改革委员会) as one body, not the committee (市委 read as the home county’s city)', () => {
    const es = entitiesOf('绩溪县委审计委员会召开第三次会议。市委全面深化改革委员会审议通过有关方案。');
    expect(namesOf(es, 'organization')).toEqual(['宣城市委全面深化改革委员会', '绩溪县委审计委员会']);
  });

  it('leaves the part a company plays in a project out of its name (施工单位, 监理单位, 中标人)', () => {
    const es = entitiesOf('审计发现，监理单位浙江华杰工程咨询有限公司未履行旁站职责，中标人合肥建工集团有限公司违规分包。');
    expect(namesOf(es, 'organization')).toEqual(['合肥建工集团有限公司', '浙江华杰工程咨询有限公司']);
  });

  it('reads a place’s administration office (管理处, 管理所) as a body', () => {
    const es = entitiesOf('黄山市园林管理处违规发放津贴补贴12.3万元。');
    expect(namesOf(es, 'organization')).toEqual(['黄山市园林管理处']);
  });

  it('reads a country’s agency named by a verb (开发署) as a body, not the country alone', () => {
    const es = entitiesOf('法国开发署为我市提供长期低息贷款。');
    expect(namesOf(es, 'organization')).toEqual(['法国开发署']);
  });
});

describe('organizations: a congress or committee named with its term (第十七届)', () => {
  it('reads the place’s congress standing committee through the term of its session', () => {
    const es = entitiesOf('2023年6月28日在黄山市第八届人民代表大会常务委员会第五次会议上。市人大常委会听取了报告。');
    expect(namesOf(es, 'organization')).toEqual(['黄山市人大常委会']);
  });

  it('reads the full name of a discipline committee in the name of its plenary session, with 中国共产党 before it', () => {
    const es = entitiesOf('在中国共产党黄山市屯溪区第十一届纪律检查委员会第三次全体会议上的工作报告');
    expect(namesOf(es, 'organization')).toEqual(['屯溪区纪律检查委员会']);
  });
});
