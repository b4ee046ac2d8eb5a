import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/figures/findFigures.ts';
import { linkReport } from '../../src/link/linkReport.ts';
import { entityId } from '../../src/entities/entityId.ts';
import { structureReport } from '../../src/structure/structureReport.ts';
import type { Entity, Relation } from '../../src/types.ts';
import { makeEntity, makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';
import { withMentions } from '../../src/document/reportMentions.ts';

/** Links the figures of `text` against hand-made entities; returns figure text → linked entity names, in order. */
function link(text: string, entities: Entity[]) {
  const report = makeReport(text);
  const structure = structureReport(text, report.id);
  const figures = findFigures(buildDocument(report, structure));
  const out = linkReport(withMentions(buildDocument(report, structure), entities), figures, []);
  const name = new Map(entities.map((e) => [e.id, e.name]));
  return {
    links: out.figures.map((f) => [f.text, f.entities.map((id) => name.get(id))]),
    relations: out.relations,
    figures: out.figures,
  };
}

const org = (name: string, text: string, aliases: string[] = []) => makeEntity('organization', name, text, aliases);
const place = (name: string, text: string, aliases: string[] = [], path?: string[]) =>
  makeEntity('place', name, text, aliases, path ? { path } : undefined);
const person = (name: string, text: string) => makeEntity('person', name, text);

describe('linkReport: the subject of a sentence or clause', () => {
  const text =
    '截至目前,市纪委监委收到省委巡视组移交信访举报件886件,已办结799件;收到省委巡视组移交重要线索7件,已办结6件。' +
    '市委组织部收到省委巡视组移交信访举报件7宗,均已办结。市信访局收到省委巡视组移交信访举报事项437宗,办结437宗。';
  const entities = [org('市纪委监委', text), org('省委第二巡视组', text, ['省委巡视组']), org('市委组织部', text), org('市信访局', text)];

  it('links the receiving body and the team to every count they share, across ； and subjectless clauses', () => {
    expect(link(text, entities).links).toEqual([
      ['886件', ['市纪委监委', '省委第二巡视组']],
      ['799件', ['市纪委监委', '省委第二巡视组']],
      ['7件', ['市纪委监委', '省委第二巡视组']],
      ['6件', ['市纪委监委', '省委第二巡视组']],
      ['7宗', ['市委组织部', '省委第二巡视组']],
      ['437宗', ['市信访局', '省委第二巡视组']],
      ['437宗', ['市信访局', '省委第二巡视组']],
    ]);
  });

  it('records figure-about relations with the figure and the naming mention as evidence', () => {
    const { relations, figures } = link(text, entities);
    const about = relations.filter((r) => r.type === 'figure-about' && r.source === figures[1]!.id);
    expect(about.map((r) => r.target).sort()).toEqual([entities[0]!.id, entities[1]!.id].sort());
    const toTeam = about.find((r) => r.target === entities[1]!.id)!;
    expect(toTeam.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['799件', '省委巡视组']);
  });
});

describe('linkReport: a subject after a time phrase', () => {
  it('takes a body after an ordinal (一是) as the subject', () => {
    const text = '一是市纪委监委立案查处违纪案件15件,处分12人。';
    expect(link(text, [org('市纪委监委', text)]).links).toEqual([
      ['15件', ['市纪委监委']],
      ['12人', ['市纪委监委']],
    ]);
  });

  it('takes a body after 2018年以来 in the same clause as the subject of the sentence', () => {
    const text = '2018年以来市纪委监委立案查处违反“四风”问题案件93宗,处理93人;通报典型案例5起。';
    expect(link(text, [org('市纪委监委', text)]).links).toEqual([
      ['93宗', ['市纪委监委']],
      ['93人', ['市纪委监委']],
      ['5起', ['市纪委监委']],
    ]);
  });
});

describe('linkReport: visiting officials and the units they visit', () => {
  const text =
    '其中,市委书记梁维东同志先后赴市公安局、大朗镇等18个单位和镇(街道),分别就扫黑除恶等巡视整改工作深入督导检查;' +
    '市委副书记、市长肖亚非同志赴滨海湾新区、沙田镇等18个单位和镇(街道),督导水污染治理。';
  const entities = [
    person('梁维东', text),
    person('肖亚非', text),
    org('中共东莞市委', text, ['市委']),
    org('市公安局', text),
    place('大朗镇', text),
    place('滨海湾新区', text),
    place('沙田镇', text),
  ];

  it('links each 18个 to the person who visited, not to the listed examples or the body in the title', () => {
    expect(link(text, entities).links).toEqual([
      ['18个', ['梁维东']],
      ['18个', ['肖亚非']],
    ]);
  });
});

describe('linkReport: places', () => {
  it('links an accident to the town it happened in, and not the punishments of unnamed departments after it', () => {
    const text =
      '此外,针对巡视期间,高埗镇发生因违建造成5人死亡、1人受伤的恶性事故,对相关部门11名工作人员进行行政处理,并按规定对10名责任人员追究党纪政纪责任。';
    expect(link(text, [place('高埗镇', text)]).links).toEqual([
      ['5人', ['高埗镇']],
      ['1人', ['高埗镇']],
      ['11名', []],
      ['10名', []],
    ]);
  });

  it('links a count to the places it enumerates, but not a separate count before them', () => {
    const text = '开展全市工资津贴补贴发放专项清理,已完成对32个镇(街道)和松山湖高新区、滨海湾新区2个园区的全面督查。';
    const entities = [place('松山湖高新区', text), place('滨海湾新区', text)];
    expect(link(text, entities).links).toEqual([
      ['32个', []],
      ['2个', ['松山湖高新区', '滨海湾新区']],
    ]);
  });

  it('links a 全市 figure to the city only when the sentence names the city', () => {
    const named = '坚持统领东莞一切工作,全力推动高质量发展,2018年1-9月全市GDP增长7.5%,高于全国、全省平均水平。';
    const unnamed = '2018年以来,全市淘汰整治“散乱污”企业8814家。';
    const city = (t: string) => [place('东莞市', t, ['东莞'], ['广东省']), place('广东省', t, ['广东'])];
    expect(link(named, city(named)).links).toEqual([['7.5%', ['东莞市']]]);
    expect(link(unnamed, city(unnamed)).links).toEqual([['8814家', []]]);
  });
});

describe('linkReport: names that are not what a figure is about', () => {
  it('skips a body named only in a title and a body owning an activity', () => {
    const a = '2018年以来,市委书记集体约谈镇(街道)党委书记64人次,开展个别谈话提醒26人次。';
    expect(link(a, [org('中共东莞市委', a, ['市委'])]).links).toEqual([
      ['64人次', []],
      ['26人次', []],
    ]);
    const b = '紧紧围绕省委巡视对我市提出的六方面23个问题,结合省委巡视东莞市反馈意见指出的问题,制定整改方案。';
    expect(link(b, [org('中共广东省委', b, ['省委']), place('东莞市', b)]).links).toEqual([['23个', ['东莞市']]]);
  });

  it('skips the subject when an unnamed body does the counted thing', () => {
    const text = '市委同时派出督导组实地指导各园区、镇(街道)、部门召开民主生活会共131场。';
    expect(link(text, [org('中共东莞市委', text, ['市委'])]).links).toEqual([['131场', []]]);
  });

  it('keeps the subject when an unnamed body only works with it (会同有关部门)', () => {
    const text = '市委组织部会同有关部门调整干部12名。';
    expect(link(text, [org('临海市委组织部', text, ['市委组织部'])]).links).toEqual([['12名', ['临海市委组织部']]]);
  });

  it('skips names inside document titles and the author of a speech', () => {
    const text =
      '出台《中共东莞市委关于加强党的建设的实施意见》等5个配套实施方案。各村召开学习习近平总书记系列重要讲话精神专题学习会4700多场。';
    const entities = [org('中共东莞市委', text), person('习近平', text)];
    expect(link(text, entities).links).toEqual([
      ['5个', []],
      ['4700多场', []],
    ]);
  });

  it('links the body opening the sentence through 由 and in a traditional text', () => {
    const text = '由市紀委市監委制定細化專項監督方案,集中開展專項監督36項。';
    expect(link(text, [org('杭州市纪委市监委', text, ['市紀委市監委'])]).links).toEqual([['36項', ['杭州市纪委市监委']]]);
  });
});

describe('linkReport: names that head a longer name', () => {
  it('does not take 市委 in 市委整改落实办公室 for the acting body', () => {
    const text = '同时,市委整改落实办公室建立日常督导工作机制,开展面上督导123次。';
    expect(link(text, [org('中共东莞市委', text, ['市委'])]).links).toEqual([['123次', []]]);
  });

  it('does not take a place heading an event name for the place of a figure', () => {
    const text =
      '东莞党建主题展览自7月15日开放以来参观党员群众达2.3万人次。举办2018海内外高层次人才东莞行等活动,人事档案在我市的博士135名。';
    expect(link(text, [place('东莞市', text, ['东莞'])]).links).toEqual([
      ['2.3万人次', []],
      ['135名', []],
    ]);
  });
});

describe('linkReport: coordinated subjects', () => {
  it('links every body of a subject list joined by 、', () => {
    const text = '县纪委监委、县委组织部积极履行整改监督责任,督查整改单位12家。';
    const entities = [org('新昌县纪委监委', text, ['县纪委监委']), org('新昌县委组织部', text, ['县委组织部'])];
    expect(link(text, entities).links).toEqual([['12家', ['新昌县纪委监委', '新昌县委组织部']]]);
  });
});

describe('linkReport: without a structure', () => {
  it('splits sentences itself when the structure has none', () => {
    const text = '高埗镇发生事故,造成5人死亡。全市查处12起。';
    const report = makeReport(text);
    const empty = { sections: [], paragraphs: [], sentences: [], measures: [] };
    const town = place('高埗镇', text);
    const out = linkReport(withMentions(buildDocument(report, empty), [town]), findFigures(buildDocument(report, empty)), []);
    expect(out.figures.map((f) => [f.text, f.entities])).toEqual([
      ['5人', [town.id]],
      ['12起', []],
    ]);
  });
});

describe('linkReport: relations', () => {
  const text = '一是加强督导。大朗镇、塘厦镇开展核查,大朗镇完成整改12个。\n二是压实责任。塘厦镇清退津贴。';
  const entities = [
    place('大朗镇', text, [], ['广东省', '东莞市', '东莞市']),
    place('塘厦镇', text, [], ['广东省', '东莞市', '东莞市']),
    place('广东省', text),
  ];
  const { relations, figures } = link(text, entities);
  const ofType = (t: Relation['type']) => relations.filter((r) => r.type === t);

  it('counts co-occurrence in clauses, with the clauses as evidence', () => {
    const [co] = ofType('co-occurs');
    expect(co).toMatchObject({ weight: 1, directed: false, label: '同句提及' });
    expect(co!.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['大朗镇、塘厦镇开展核查']);
    expect(ofType('co-occurs')).toHaveLength(1);
  });

  it('places each entity in the measures it appears in, weighted by mentions', () => {
    const appears = ofType('appears-in').map((r) => [entities.find((e) => e.id === r.source)!.name, r.weight]);
    expect(appears).toEqual([
      ['大朗镇', 2],
      ['塘厦镇', 1],
      ['塘厦镇', 1],
    ]);
  });

  it('links a figure to its measure', () => {
    const figureIn = ofType('figure-in').filter((r) => r.source === figures[0]!.id);
    expect(figureIn.map((r) => r.target)).toContain(figures[0]!.measure);
  });

  it('climbs the gazetteer path, to an entity of the report where there is one and to a place id where not', () => {
    const located = ofType('located-in').map((r) => [r.source, r.target]);
    // 东莞市 is not an entity of this text: it goes by the id its entity would have.
    const city = entityId('place', '东莞市');
    expect(located).toContainEqual([entities[0]!.id, city]);
    expect(located).toContainEqual([city, entities[2]!.id]);
    expect(located.filter(([s, t]) => s === city && t === entities[2]!.id)).toHaveLength(1);
  });
});
