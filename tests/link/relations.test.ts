import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/figures/findFigures.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';
import { withMentions } from '../../src/document/reportMentions.ts';
import { linkReport } from '../../src/link/linkReport.ts';
import { structureReport } from '../../src/structure/structureReport.ts';
import type { Entity, Relation } from '../../src/types.ts';
import { makeEntity, makeReport } from '../fixtures/figures/makeReport.ts';

/** The relations with a meaning that `text` states about hand-made entities, as "type source → target [title]" lines. */
function relationsOf(text: string, entities: Entity[], issuer?: string): string[] {
  const report = { ...makeReport(text), ...(issuer ? { issuer } : {}) };
  const structure = structureReport(text, report.id);
  const doc = buildDocument(report, structure);
  const out = linkReport(withMentions(doc, entities), findFigures(doc), []);
  const name = new Map<string, string>(entities.map((e) => [e.id, e.name]));
  for (const m of structure.measures) name.set(m.id, `measure:${m.heading}`);
  return out.relations
    .filter((r) => !['co-occurs', 'appears-in', 'figure-in', 'figure-about', 'located-in', 'case-about'].includes(r.type))
    .map(
      (r: Relation) =>
        `${r.type} ${name.get(r.source)} → ${name.get(r.target)}${r.title ? ` [${r.former ? '原' : ''}${r.title}]` : ''}${r.inferred ? ' (inferred)' : ''}`,
    )
    .sort();
}

const org = (name: string, text: string, aliases: string[] = []) => makeEntity('organization', name, text, aliases);
const person = (name: string, text: string) => makeEntity('person', name, text);
const place = (name: string, text: string) => makeEntity('place', name, text);
const doc = (name: string, text: string) => makeEntity('regulation', name, text);
const campaign = (name: string, text: string) => makeEntity('campaign', name, text);

describe('holds-post', () => {
  it('reads a chain of titles before a name, each post with its body (Dongguan)', () => {
    const text = '市委副书记、市长肖亚非同志主持召开市政府党组(扩大)专题会议。';
    const entities = [person('肖亚非', text), org('中共东莞市委', text, ['市委']), org('东莞市人民政府', text, ['市政府'])];
    expect(relationsOf(text, entities)).toEqual([
      'holds-post 肖亚非 → 东莞市人民政府 [市长]',
      'holds-post 肖亚非 → 中共东莞市委 [市委副书记]',
    ]);
  });

  it('marks 原 as former along the chain, and a bare 局长 takes the body of the post before it', () => {
    const text = '区纪委监委对区教育局原党组书记、局长陈光耀立案审查调查。';
    const entities = [person('陈光耀', text), org('江岸区教育局', text, ['区教育局']), org('江岸区纪委监委', text, ['区纪委监委'])];
    expect(relationsOf(text, entities)).toContain('holds-post 陈光耀 → 江岸区教育局 [原党组书记]');
    expect(relationsOf(text, entities)).toContain('holds-post 陈光耀 → 江岸区教育局 [原局长]');
  });

  it('gives a leading group its 组长 (由…任组长的…领导小组)', () => {
    const text = '成立由县委书记周文斌任组长的巡察整改工作领导小组。';
    const entities = [person('周文斌', text), org('中共宜良县委', text, ['县委']), org('巡察整改工作领导小组', text)];
    expect(relationsOf(text, entities)).toEqual([
      'holds-post 周文斌 → 中共宜良县委 [县委书记]',
      'holds-post 周文斌 → 巡察整改工作领导小组 [组长]',
    ]);
  });

  it('links no body the text does not name (组织部部长 of an unlisted department), and no title without a name', () => {
    const text = '县委常委、组织部部长杨丽娟负责督促落实。市委书记认真履行第一责任人责任。';
    const entities = [person('杨丽娟', text), org('中共宜良县委', text, ['县委', '市委'])];
    expect(relationsOf(text, entities)).toEqual(['holds-post 杨丽娟 → 中共宜良县委 [县委常委]']);
  });
});

describe('inspects', () => {
  it('links the team to the place inspected and the body it reported to, across the sentence’s clauses', () => {
    const text = '根据市委统一部署,市委第二巡察组对宜良县进行了巡察,并于2022年7月12日向宜良县委反馈了巡察意见。';
    const entities = [org('市委第二巡察组', text), place('宜良县', text), org('中共宜良县委', text, ['宜良县委'])];
    expect(relationsOf(text, entities)).toEqual(['inspects 市委第二巡察组 → 中共宜良县委', 'inspects 市委第二巡察组 → 宜良县']);
  });

  it('reads a committee’s short name after a place (湖镇镇党委 is 中共湖镇镇委员会)', () => {
    const text = '县委第三巡察组对湖镇镇党委进行了巡察。';
    const entities = [org('县委第三巡察组', text), place('湖镇镇', text), org('中共湖镇镇委员会', text)];
    expect(relationsOf(text, entities)).toEqual(['inspects 县委第三巡察组 → 中共湖镇镇委员会']);
  });
});

describe('disciplines', () => {
  it('reads 对X立案审查, 给予其…处分 and a subject that runs on over ；', () => {
    const text = '镇纪委对何志强立案审查,给予其党内严重警告处分;对林秀梅进行诫勉谈话。';
    const entities = [org('湖镇镇纪委', text, ['镇纪委']), person('何志强', text), person('林秀梅', text)];
    expect(relationsOf(text, entities)).toEqual(['disciplines 湖镇镇纪委 → 何志强', 'disciplines 湖镇镇纪委 → 林秀梅']);
  });

  it('reads 经X研究…给予Y处分 with X as the subject, and a person over the body of their title', () => {
    const text = '经县纪委监委研究并报县委批准,给予曾德华开除党籍处分。县纪委监委对县自然资源局局长赖志明进行问责。';
    const entities = [
      org('宁都县纪委监委', text, ['县纪委监委']),
      org('中共宁都县委', text, ['县委']),
      person('曾德华', text),
      person('赖志明', text),
      org('宁都县自然资源局', text, ['县自然资源局']),
    ];
    const got = relationsOf(text, entities);
    expect(got).toContain('disciplines 宁都县纪委监委 → 曾德华');
    expect(got).toContain('disciplines 宁都县纪委监委 → 赖志明');
    expect(got.filter((r) => r.startsWith('disciplines'))).toHaveLength(2);
  });

  it('gives no relation for counts of people or 向X通报', () => {
    const text = '在巡视整改工作中,给予党纪处分22人。市纪委监委向市委通报有关情况。';
    const entities = [org('市纪委监委', text), org('中共东莞市委', text, ['市委'])];
    expect(relationsOf(text, entities)).toEqual([]);
  });
});

describe('issues', () => {
  it('takes the subject, else the author the title names, else the issuer (flagged inferred)', () => {
    const text =
      '县政府出台《宜良县优化营商环境十条措施》。出台《东莞市人民政府关于实施百万劳动力素质提升工程的意见》。修订完善《市政府常务会议议事规则》《市政府专题工作会议议事规则》。';
    const entities = [
      org('宜良县人民政府', text, ['县政府']),
      org('东莞市人民政府', text, ['市政府']),
      org('中共东莞市委', text),
      doc('宜良县优化营商环境十条措施', text),
      doc('东莞市人民政府关于实施百万劳动力素质提升工程的意见', text),
      doc('市政府常务会议议事规则', text),
      doc('市政府专题工作会议议事规则', text),
    ];
    expect(relationsOf(text, entities, '中共东莞市委')).toEqual([
      'issues 东莞市人民政府 → 东莞市人民政府关于实施百万劳动力素质提升工程的意见',
      'issues 中共东莞市委 → 市政府专题工作会议议事规则 (inferred)',
      'issues 中共东莞市委 → 市政府常务会议议事规则 (inferred)',
      'issues 宜良县人民政府 → 宜良县优化营商环境十条措施',
    ]);
  });

  it('is no relation where the document only modifies the object, is studied, or the report has no issuer', () => {
    const text =
      '制定市委理论学习中心组专题学习《习近平新时代中国特色社会主义思想三十讲》方案。学习贯彻新修订的《中国共产党纪律处分条例》。印发《关于规范村级财务管理的通知》。';
    const entities = [
      doc('习近平新时代中国特色社会主义思想三十讲', text),
      doc('中国共产党纪律处分条例', text),
      doc('关于规范村级财务管理的通知', text),
    ];
    expect(relationsOf(text, entities)).toEqual([]);
  });

  // 株洲市人大常委会 2025 (held-out): the plan for next year names laws to be made; 研究制定 said of a plan drawn up is issued.
  it('is no relation for a document only planned (计划制定, 尽快制定), and is one for 研究制定 of a plan drawn up', () => {
    const text =
      '市人大常委会计划制定《株洲市物业管理条例》《株洲市酒埠江风景名胜区保护条例》，修改《株洲市城市绿化条例》。委党组研究制定《市卫生健康委党组整改方案》，梳理形成问题清单。';
    const entities = [
      org('株洲市人大常委会', text, ['市人大常委会']),
      org('中共绍兴市卫生健康委员会党组', text, ['委党组']),
      doc('株洲市物业管理条例', text),
      doc('株洲市酒埠江风景名胜区保护条例', text),
      doc('株洲市城市绿化条例', text),
      doc('市卫生健康委党组整改方案', text),
    ];
    expect(relationsOf(text, entities)).toEqual([
      'issues 中共绍兴市卫生健康委员会党组 → 市卫生健康委党组整改方案',
      'issues 株洲市人大常委会 → 株洲市城市绿化条例',
    ]);
  });
});

describe('runs and leads', () => {
  it('reads a run of campaigns under one verb, and no issuer behind a subject the entities do not name', () => {
    const text = '全面打响碧水攻坚战、蓝天保卫战、净土防御战。各镇(街道)开展“送书进基层”活动。';
    const entities = [
      org('中共东莞市委', text),
      campaign('碧水攻坚战', text),
      campaign('蓝天保卫战', text),
      campaign('净土防御战', text),
      campaign('送书进基层', text),
    ];
    expect(relationsOf(text, entities, '中共东莞市委')).toEqual([
      'runs 中共东莞市委 → 净土防御战 (inferred)',
      'runs 中共东莞市委 → 碧水攻坚战 (inferred)',
      'runs 中共东莞市委 → 蓝天保卫战 (inferred)',
    ]);
  });

  it('links the lead and the responsible units to the measure they stand in, and a lead to the campaign it pushes', () => {
    const text =
      '一是加强阳宗海保护。由县生态环境分局牵头,狗街镇、汤池街道为责任单位,完成排污口整治21个。二是深化改革。县政务服务管理局牵头推进“一窗通办”改革。';
    const entities = [
      org('宜良县生态环境分局', text, ['县生态环境分局']),
      place('狗街镇', text),
      place('汤池街道', text),
      org('宜良县政务服务管理局', text, ['县政务服务管理局']),
      campaign('一窗通办', text),
    ];
    expect(relationsOf(text, entities)).toEqual([
      'leads 宜良县政务服务管理局 → 一窗通办',
      'leads 宜良县生态环境分局 → measure:加强阳宗海保护',
      'leads 汤池街道 → measure:加强阳宗海保护',
      'leads 狗街镇 → measure:加强阳宗海保护',
    ]);
  });
});

describe('co-occurs', () => {
  it('joins only entities of one clause, never across a semicolon chain', () => {
    const text = '市公安局开展扫黑除恶专项斗争,沙田镇完成整改;市政协组织视察。';
    const entities = [
      org('东莞市公安局', text, ['市公安局']),
      place('沙田镇', text),
      org('东莞市政协', text, ['市政协']),
      campaign('扫黑除恶专项斗争', text),
    ];
    const report = makeReport(text);
    const structure = structureReport(text, report.id);
    const co = linkReport(withMentions(buildDocument(report, structure), entities), [], []).relations.filter((r) => r.type === 'co-occurs');
    expect(co.map((r) => [r.source, r.target].sort().join(' '))).toEqual([[entities[0]!.id, entities[3]!.id].sort().join(' ')]);
  });
});
