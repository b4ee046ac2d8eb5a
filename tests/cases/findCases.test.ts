import { describe, expect, it } from 'vitest';
import { linkReport } from '../../src/link/linkReport.ts';
import { makeEntity } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';
import { withMentions } from '../../src/document/reportMentions.ts';
import { casesOf } from './casesKit.ts';

describe('findCases: incidents', () => {
  const text =
    '此外,针对巡视期间,高埗镇发生因违建造成5人死亡、1人受伤的恶性事故,对相关部门11名工作人员进行行政处理,并按规定对10名责任人员追究党纪政纪责任。';
  const town = makeEntity('place', '高埗镇', text);

  it('records the accident in the town, with its figures and sentence', () => {
    const { cases, figureText } = casesOf(text, [town]);
    expect(cases).toHaveLength(1);
    const [c] = cases;
    expect(c!.kinds).toEqual(['discipline', 'accident']);
    expect(c!.entities).toEqual([town.id]);
    expect(c!.figures.map((id) => figureText.get(id))).toEqual(['5人', '1人', '11名', '10名']);
    expect(c!.summary).toBe(
      '高埗镇发生因违建造成5人死亡、1人受伤的恶性事故,对相关部门11名工作人员进行行政处理,并按规定对10名责任人员追究党纪政纪责任',
    );
    expect(text.slice(c!.start, c!.end)).toBe(text);
  });

  it('makes the case reachable from the town through a case-about relation', () => {
    const { cases, report, structure, figures } = casesOf(text, [town]);
    const { relations } = linkReport(withMentions(buildDocument(report, structure), [town]), figures, cases);
    expect(relations.filter((r) => r.type === 'case-about')).toEqual([
      {
        source: cases[0]!.id,
        target: town.id,
        type: 'case-about',
        label: '案件',
        directed: true,
        weight: 1,
        evidence: [{ report: 'test', start: 0, end: text.length }],
      },
    ]);
  });
});

describe('findCases: enforcement facts', () => {
  it('splits a sentence at ； into separate facts', () => {
    const text = '全市摸查扶贫领域腐败和作风问题线索10条,立案4件,处分4人;立案查处生态环保损害责任问题7起,问责23人。';
    const { cases, figureText } = casesOf(text);
    expect(cases.map((c) => [c.kinds, c.figures.map((id) => figureText.get(id))])).toEqual([
      [
        ['investigation', 'discipline'],
        ['10条', '4件', '4人'],
      ],
      [
        ['investigation', 'discipline'],
        ['7起', '23人'],
      ],
    ]);
    expect(cases[1]!.summary).toBe('立案查处生态环保损害责任问题7起,问责23人');
  });

  it('gives a part without names the body that opens the sentence', () => {
    const text = '市纪委监委对巡视移交的问题线索立案审查调查5件;给予党纪政务处分7人。';
    const body = makeEntity('organization', '市纪委监委', text);
    const { cases } = casesOf(text, [body]);
    expect(cases.map((c) => [c.kinds, c.entities, c.summary])).toEqual([
      [['investigation'], [body.id], '市纪委监委对巡视移交的问题线索立案审查调查5件'],
      [['discipline'], [body.id], '给予党纪政务处分7人'],
    ]);
  });

  it('records money recovered', () => {
    const text = '共清理出2015年至2017年应收未收土地出让金及违约金6316.73万元,截止目前已追缴5486.36万元,其余部分正加紧追缴。';
    const [c] = casesOf(text).cases;
    expect(c!.kinds).toEqual(['recovery']);
    expect(c!.figures).toHaveLength(2);
  });

  it('records a named place without figures', () => {
    const text = '针对塘厦镇、大朗镇违规发放津贴问题开展核查,督促两镇制定清退方案,并按计划加紧清退。';
    const entities = [makeEntity('place', '塘厦镇', text), makeEntity('place', '大朗镇', text)];
    const [c] = casesOf(text, entities).cases;
    expect(c!.kinds).toEqual(['recovery']);
    expect(c!.entities).toEqual(entities.map((e) => e.id));
  });

  it('reads detention, prosecution and a fire', () => {
    const text = '对3名涉嫌严重职务违法人员采取留置措施,移送起诉2人;某镇发生一起厂房火灾,直接经济损失120万元。';
    const { cases } = casesOf(text);
    expect(cases.map((c) => c.kinds)).toEqual([['investigation'], ['accident']]);
  });

  it('reads a traditional-script report', () => {
    const text = '立案40件,了結39件,給予黨紀處分37人。';
    const [c] = casesOf(text).cases;
    expect(c!.kinds).toEqual(['investigation', 'discipline']);
    expect(c!.figures).toHaveLength(3);
  });
});

describe('findCases: statements that are not cases', () => {
  it('skips promises without figures or places, case words inside titles, and policy nouns', () => {
    const text = [
      '坚持严肃查处违纪违法行为,严格执纪问责。',
      '抓紧出台《东莞市查处违法用地和违法建设工作共同责任问责办法》3份。',
      '制定强化监督执纪问责的实施意见,成立39个工作组。',
      '排查事故隐患25.89万项。',
    ].join('');
    expect(casesOf(text).cases).toEqual([]);
  });
});

// Sentences in the manner of the State Council's government work reports (corpus-wide/gwr), where these were misread.
describe('findCases: statistics and remarks that are not incidents', () => {
  it('takes no rate for an incident', () => {
    const text = '由于改进了安全设备，职工因工伤亡率正在逐年减少。婴儿死亡率和孕产妇死亡率明显下降。';
    expect(casesOf(text).cases).toEqual([]);
  });
  it('reads no 遇难 across two words (机遇|难得)', () => {
    expect(casesOf('现在形势很好，机遇难得。').cases).toEqual([]);
  });
  it('takes a share or a change for a statistic, not a count of cases', () => {
    expect(casesOf('严肃查处重大安全事故并追究有关人员责任，重特大事故下降16.9%。').cases).toEqual([]);
  });
  it('takes a remark on accidents that names nothing for no case, and keeps one that names the place', () => {
    expect(casesOf('现在有些企业安全状况不好，人身伤亡和重大设备事故时有发生。').cases).toEqual([]);
    const text = '去年发生了天津港特别重大火灾爆炸事故，人员伤亡和财产损失惨重。';
    const port = makeEntity('place', '天津港', text);
    const { cases } = casesOf(text, [port]);
    expect(cases.map((c) => [c.kinds, c.entities])).toEqual([[['accident'], [port.id]]]);
  });
});

// Sentences of a provincial high court's work report, written for the case (a lead's probe).
describe('findCases: the named cases a court tried', () => {
  it('reads a named case with the parties it names, though it states no figure', () => {
    const text = '严惩职务犯罪，审理贵州省政协原副主席李再勇受贿、违法发放贷款案，依法判处死刑缓期二年执行。';
    const person = makeEntity('person', '李再勇', text);
    const { cases } = casesOf(text, [person]);
    expect(cases).toHaveLength(1);
    expect(cases[0]!.kinds).toEqual(['investigation', 'trial']);
    expect(cases[0]!.entities).toEqual([person.id]);
  });
  it('reads a bankruptcy a court concluded, with its figure', () => {
    const text = '贵阳市中级人民法院审结贵州轮胎股份有限公司破产重整案，盘活资产18亿元。';
    const { cases, figureText } = casesOf(text);
    expect(cases.map((c) => [c.kinds, c.figures.map((id) => figureText.get(id))])).toEqual([[['trial'], ['18亿元']]]);
  });
  it('reads no named case in counts of cases of a kind or in money paid on cases', () => {
    expect(casesOf('全省法院审结环境资源案件3400件。').cases.flatMap((c) => c.kinds)).not.toContain('trial');
    expect(casesOf('为困难群众执行到位案款3.2亿元。').cases.flatMap((c) => c.kinds)).not.toContain('trial');
  });
});

// Sentences of a city public security bureau's and a city culture and tourism bureau's annual reports, written for the case
// (the lead's probes of the tenth session).
describe("findCases: the police's cases and a case named by 一案", () => {
  it('reads cases solved, gangs broken up and suspects caught, with their figures', () => {
    const text =
      '深入推进“昆仑2023”专项行动，破获食品药品环境领域犯罪案件86起。开展“净网2023”专项行动，打掉电信网络诈骗团伙23个，' +
      '抓获犯罪嫌疑人412名。市局刑侦支队成功侦破“5·12”特大跨境赌博案，抓获犯罪团伙成员38名，涉案金额3.6亿元。';
    const { cases, figureText } = casesOf(text);
    expect(cases.map((c) => c.figures.map((id) => figureText.get(id)))).toEqual([['86起'], ['23个', '412名'], ['38名', '3.6亿元']]);
    expect(cases.every((c) => c.kinds.includes('investigation'))).toBe(true);
  });
  it('reads a case named by what was done and 一案, with its place', () => {
    const text = '黄山区汤口镇某宾馆无证经营旅行社业务一案被省文化和旅游厅列为典型案例。';
    const town = makeEntity('place', '汤口镇', text);
    expect(casesOf(text, [town]).cases.map((c) => c.entities)).toEqual([[town.id]]);
  });
  it('takes no rule for handling each case (一案一策) and no promise to catch for a case', () => {
    expect(casesOf('对信访积案实行一案一策，汤口镇落实包案责任。').cases).toEqual([]);
    expect(casesOf('依法严厉打击电信网络诈骗犯罪，坚决打掉一批犯罪团伙。').cases).toEqual([]);
  });
});
