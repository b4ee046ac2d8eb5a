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

describe('people: bylines, and a name after 主任 that jieba glued to 任何', () => {
  it('reads the name after a post and a space on a line of its own (黄山市财政局局长　程建华)', () => {
    const es = entitiesOf('关于2023年度市级决算草案的报告\n黄山市财政局局长　程建华\n\n主任、各位副主任：');
    expect(namesOf(es, 'person')).toEqual(['程建华']);
  });

  it('reads a name alone on a line among the head lines of a speech, before the salutation', () => {
    const es = entitiesOf('在区纪委全会上的工作报告\n（2023年1月12日）\n汪志远\n\n同志们：\n现在，我代表区纪委常委会报告工作。');
    expect(namesOf(es, 'person')).toEqual(['汪志远']);
  });

  it('reads no byline out of a short line of the body or a heading (深化改革, 下一步)', () => {
    const es = entitiesOf('工作报告\n\n同志们：\n一、主要工作\n深化改革\n下一步\n');
    expect(namesOf(es, 'person')).toEqual([]);
  });

  it('reads the name after 主任 where jieba glued its surname 何 into 任何 and took the given name for a noun', () => {
    const es = entitiesOf('村委会原主任何光明虚报冒领低保金4.2万元。');
    expect(namesOf(es, 'person')).toEqual(['何光明']);
  });
});

describe('places: the report’s own county by its short name', () => {
  it('reads the short name of the county or district the report is from as that place (屯溪 for 屯溪区)', () => {
    const es = entitiesOf('中共黄山市屯溪区委召开全会。全区上下奋力谱写现代化屯溪建设新篇章。');
    expect(namesOf(es, 'place')).toEqual(['屯溪区']);
    expect(es.find((e) => e.name === '屯溪区')?.aliases).toEqual(['屯溪']);
  });

  it('reads another county’s short name as that county (绩溪 in a 屯溪 report; see countyStems.test.ts), not a word (新建)', () => {
    const es = entitiesOf('中共黄山市屯溪区委召开全会。学习绩溪经验，新建一批项目。');
    expect(namesOf(es, 'place')).toEqual(['绩溪县']);
  });
});

describe('organizations: a numbered team listed after another', () => {
  it('gives 第二巡察组 written after 区委第一巡察组、 the same sender', () => {
    const es = entitiesOf('中共黄山市屯溪区委召开全会。区委第一巡察组、第二巡察组进驻6个单位。');
    expect(namesOf(es, 'organization')).toEqual(['中共黄山市屯溪区委', '屯溪区委第一巡察组', '屯溪区委第二巡察组']);
  });
});

describe('campaigns: drives named by the problems they target', () => {
  it('reads a 集中整治 whose long stem names a class of problems, through the idiom 不正之风', () => {
    const es = entitiesOf('全市开展群众身边不正之风和腐败问题集中整治以来，查处问题12个。');
    expect(namesOf(es, 'campaign')).toEqual(['群众身边不正之风和腐败问题集中整治']);
  });

  it('reads a 专项整治 of a long-described problem, not one of a short one (违规收费问题专项整治)', () => {
    const es = entitiesOf('督促各地开展漠视侵害群众利益问题专项整治。对违规收费问题专项整治进行部署。');
    expect(namesOf(es, 'campaign')).toEqual(['漠视侵害群众利益问题专项整治']);
  });
});
