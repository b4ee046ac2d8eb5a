import { describe, expect, it } from 'vitest';
import { structureReport } from '../../src/structure/structureReport.ts';

// A page saved without its line breaks: every heading runs inside one paragraph (sentences written for this test).
const FLAT =
  '现将巡视整改进展情况予以公布。一、提高政治站位，压紧压实整改责任（一）强化组织领导县委书记王强同志先后主持召开县委常委会会议6次。' +
  '一是成立整改工作领导小组；二是实行周调度、月通报制度。（二）加强督查问效县纪委监委组成5个督查组，发现问题47个。' +
  '二、聚焦突出问题，扎实推进整改落实（一）关于生态环境保护不到位的问题。关停取缔非法采砂点23处，其中3、4月份关停12处。三、下一步工作打算县委将持续抓好巡视整改工作。';

describe('headings inside a paragraph, when no heading starts a line', () => {
  const { sections, measures } = structureReport(FLAT, 'x');
  it('finds each numbered heading after a sentence end or right after the heading it runs on from, in sequence', () => {
    expect(sections.map((s) => [s.level, s.number, FLAT.slice(s.headingStart, s.headingEnd).slice(0, 12), s.parent])).toEqual([
      [1, '一、', '提高政治站位，压紧压实整改责任'.slice(0, 12), null],
      [2, '（一）', '强化组织领导县委书记王强同志'.slice(0, 12), 'x-s1'],
      [2, '（二）', '加强督查问效县纪委监委组成5'.slice(0, 12), 'x-s1'],
      [1, '二、', '聚焦突出问题，扎实推进整改落实'.slice(0, 12), null],
      [2, '（一）', '关于生态环境保护不到位的问题'.slice(0, 12), 'x-s2'],
      [1, '三、', '下一步工作打算县委将持续抓好'.slice(0, 12), null],
    ]);
    expect(sections[0]!.heading).toBe('提高政治站位，压紧压实整改责任');
    expect(sections.map((s) => FLAT.slice(s.start, s.start + 2))).toEqual(['一、', '（一', '（二', '二、', '（一', '三、']);
  });
  it('keeps reading the enumerated actions', () => {
    expect(measures.map((m) => m.heading)).toEqual(['成立整改工作领导小组', '实行周调度、月通报制度']);
  });
  it('reads nothing inline in a report whose headings start lines', () => {
    const text = '一、总体情况\n县委召开会议。（一）不是标题的括号数字出现在句中。\n';
    expect(structureReport(text, 'y').sections.map((s) => s.heading)).toEqual(['总体情况']);
  });
});

describe('an enumerated action right after an inline heading', () => {
  it('ends the heading at 一是 and reads the actions of that section', () => {
    const text = '现将整改情况通报如下。一、总体情况县委高度重视。二、下一步工作措施一是巩固整改成果；二是深化以案促改。';
    const { sections, measures } = structureReport(text, 'x');
    expect(sections.map((s) => [s.number, s.heading])).toEqual([
      ['一、', '总体情况县委高度重视'],
      ['二、', '下一步工作措施'],
    ]);
    expect(measures.map((m) => [m.heading, m.section])).toEqual([
      ['巩固整改成果', 'x-s2'],
      ['深化以案促改', 'x-s2'],
    ]);
  });
});

// The held-out 于都 report with its body's line breaks lost (tests/fixtures/heldout/yudu-county-2021-flat.txt).
describe('a first numbered child glued to its parent heading', () => {
  it('splits （一）关于…的问题1、健全… into the level-2 heading and its first level-3 child; the second follows a stop', () => {
    const text =
      '中共于都县委关于巡察整改情况的通报\n\n现将整改情况通报如下。一、反馈问题的整改落实情况（一）关于巩固拓展脱贫攻坚成果不够扎实的问题1、健全防止返贫监测帮扶机制。全面开展动态监测。1）强化产业帮扶。建设蔬菜基地3个。2、加强扶贫资产管理。登记确权资产2386项。';
    const { sections } = structureReport(text, 'r');
    expect(sections.map((s) => [s.level, s.heading])).toEqual([
      [1, '反馈问题的整改落实情况'],
      [2, '关于巩固拓展脱贫攻坚成果不够扎实的问题'],
      [3, '健全防止返贫监测帮扶机制'],
      [4, '强化产业帮扶'],
      [3, '加强扶贫资产管理'],
    ]);
    const child = sections[2]!;
    expect(text.slice(child.headingStart, child.headingEnd)).toBe('健全防止返贫监测帮扶机制');
  });
  it('takes no 1、 inside a sentence for a heading (1、2号楼)', () => {
    const text = '标题\n\n现将整改情况通报如下。一、总体情况（一）关于项目建设的问题1、2号楼已完工。';
    expect(structureReport(text, 'r').sections.map((s) => s.level)).toEqual([1, 2]);
  });
});

// The held-out 白鹤乡 report (tests/fixtures/heldout/baihe-township-party-committee-2024.txt) numbers its problems 1.–11.
// across its （一）…（四） parts; with its line breaks lost, the first problem of a later part is glued to that part's heading.
describe('numbered problems that run on across parts, their lines lost', () => {
  it('reads 4. glued after （二） as the next problem, and the ones after it', () => {
    const text =
      '标题\n\n现将整改情况予以通报。一、巡察反馈问题整改落实情况（一）关于贯彻落实党中央决策部署方面1.关于特色产业发展带动作用不强的问题。整改成效：新建基地1200亩。' +
      '2.关于高标准农田建设管护不到位的问题。整改成效：修复沟渠3.2公里。（二）关于落实全面从严治党战略部署方面3.关于村级集体“三资”管理不规范的问题。' +
      '整改成效：清理合同47份。4.关于小微权力监督制约不到位的问题。整改成效：公开事项316条。';
    expect(structureReport(text, 'r').sections.map((s) => [s.level, s.heading])).toEqual([
      [1, '巡察反馈问题整改落实情况'],
      [2, '关于贯彻落实党中央决策部署方面'],
      [3, '关于特色产业发展带动作用不强的问题'],
      [3, '关于高标准农田建设管护不到位的问题'],
      [2, '关于落实全面从严治党战略部署方面'],
      [3, '关于村级集体“三资”管理不规范的问题'],
      [3, '关于小微权力监督制约不到位的问题'],
    ]);
  });
  it('takes no number glued after a part for a heading unless it goes on from the part before (5.关于 after 1. and 2.)', () => {
    const text =
      '标题\n\n现将整改情况予以通报。一、整改落实情况（一）关于产业方面1.关于产业发展不强的问题。新建基地1200亩。（二）关于党建方面5.关于班子建设薄弱的问题。调整干部5名。';
    expect(structureReport(text, 'r').sections.map((s) => [s.level, s.heading.slice(0, 8)])).toEqual([
      [1, '整改落实情况'],
      [2, '关于产业方面'],
      [3, '关于产业发展不强'],
      [2, '关于党建方面5.'],
    ]);
  });
});
