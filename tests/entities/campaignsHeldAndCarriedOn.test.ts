import { describe, expect, it } from 'vitest';
import { findCampaigns } from '../../src/entities/findCampaigns.ts';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Campaigns named where the clause around them says they are run, other than by a launch verb right before them, and
// rules whose head jieba joins to a neighbouring word: sentences written by helper camps17 (the camps17 sets' misses, and
// new ones for each rule).
const names = (text: string) => findCampaigns(text, text).map((c) => c.canonical ?? c.surface);

describe('drives held up as the means of the work or carried on after their name', () => {
  it('reads a bare …行动 held up by 以…为抓手 or carried on to the clause end after its name', () => {
    expect(names('以农村供水保障行动为载体，新建改造供水工程36处。')).toEqual(['农村供水保障行动']);
    expect(names('全县乡村建设行动扎实推进，新改建农村公路86公里。')).toEqual(['乡村建设行动']);
    expect(names('国有企业改革深化提升行动全面推进，完成改革任务的92%。')).toEqual(['国有企业改革深化提升行动']);
  });

  it('reads no kind of action, nor a meeting or document named after a drive', () => {
    expect(names('我们以实际行动为抓手，狠抓落实。')).toEqual([]);
    expect(names('联合执法行动全面推进，查处案件12起。')).toEqual([]);
    expect(names('村庄清洁行动推进会在我县召开。')).toEqual([]);
    expect(names('县委实施的村庄清洁行动全面推进，')).toEqual(['村庄清洁行动']);
  });

  it('reads a drive spread to the whole (推开), a people’s war, and a drive named by the problems it tackles', () => {
    expect(names('全面推开县域医共体建设行动，组建医共体3个。')).toEqual(['县域医共体建设行动']);
    expect(names('深入开展禁毒人民战争，破获毒品案件19起。')).toEqual(['禁毒人民战争']);
    expect(names('开展整治违规吃喝突出问题专项行动，查处问题8起。')).toEqual(['整治违规吃喝突出问题专项行动']);
    expect(names('开展领导干部不作为不尽责问题专项整治。')).toEqual([]);
  });
});

describe('programmes named for the good they do', () => {
  it('reads a …计划 of help carried out (落实), quoted or not, and no plan document', () => {
    expect(names('落实高校毕业生就业促进计划，帮扶就业1.2万人。')).toEqual(['高校毕业生就业促进计划']);
    expect(names('实施“银龄”讲学支持计划，招募退休教师40名。')).toEqual(['“银龄”讲学支持计划']);
    expect(names('落实年度工作计划，完成任务46项。')).toEqual([]);
    expect(names('落实三年行动计划，推进项目建设。')).toEqual([]);
  });

  it('reads a numbered name carried out at the clause end, not a rule of words nor what a numbered name qualifies', () => {
    expect(names('全面落实“双减”，课后服务覆盖率达100%。')).toEqual(['双减']);
    expect(names('落实“首违不罚”，推广“一线工作法”。')).toEqual([]);
    expect(names('落实“双减”要求，规范校外培训。')).toEqual([]);
  });

  it('reads two numbered programmes sharing one head as two, and quoted targets of one drive as one', () => {
    expect(names('深入实施“万企兴万村”“百社联百村”行动，结对帮扶村92个。')).toEqual(['万企兴万村', '“百社联百村”行动']);
    expect(names('开展打击“假企业”“假出口”专项行动。')).toEqual(['打击“假企业”“假出口”专项行动']);
  });
});

describe('rules whose head jieba joins to a neighbouring word', () => {
  it('reads 管理条例 read as one word and 管理|办法 split from its front', () => {
    expect(namesOf(entitiesOf('严格执行医疗机构管理条例，吊销执业许可证2家。'), 'regulation')).toEqual(['医疗机构管理条例']);
    expect(namesOf(entitiesOf('出台县政府投资项目管理办法，规范项目审批程序。'), 'regulation')).toEqual(['县政府投资项目管理办法']);
    expect(namesOf(entitiesOf('落实项目管理办法，想办法解决问题。'), 'regulation')).toEqual([]);
  });
});
