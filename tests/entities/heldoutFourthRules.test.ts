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
