import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

// Link rules found weak on held-out reports (sentences written for these tests, in the genre's wording).

const links = figureLinks;
const place = (name: string, text: string) => makeEntity('place', name, text);
const org = (name: string, text: string, aliases: string[] = []) => makeEntity('organization', name, text, aliases);
const person = (name: string, text: string) => makeEntity('person', name, text);

describe('link: a listed member written inside its enclosing place', () => {
  it('links 12个 to the visitor, not to the district of a listed town', () => {
    const text = '市委书记刘勇同志带队赴顺德区、南海区狮山镇等12个单位督导整改。';
    expect(links(text, [person('刘勇', text), place('顺德区', text), place('南海区', text), place('狮山镇', text)])).toEqual([
      ['12个', ['刘勇']],
    ]);
  });
});

describe('link: a place written as district + town', () => {
  it('links the accident to the street it happened in and its district', () => {
    const text = '禅城区祖庙街道发生一起火灾事故,造成2人死亡。';
    expect(links(text, [place('禅城区', text), place('祖庙街道', text)])).toEqual([['2人', ['禅城区', '祖庙街道']]]);
  });
  it('links a community written after its street', () => {
    const text = '江川路街道永德社区试点“一网统管”，平均处置时长缩短至2.5小时。';
    expect(links(text, [place('江川路街道', text), place('永德社区', text)])).toEqual([['2.5小时', ['江川路街道', '永德社区']]]);
  });
});

describe('link: a clause opening on the whole area', () => {
  it('does not carry the lake of the previous clause into a 全县 figure', () => {
    const text = '千岛湖出境断面水质稳定保持Ⅰ类，全县PM2.5平均浓度下降至18微克/立方米，同比下降5.2%。';
    expect(links(text, [place('千岛湖', text)])).toEqual([
      ['18微克/立方米', []],
      ['5.2%', []],
    ]);
  });
  it('still links the 全县 figure to the county the sentence names', () => {
    const text = '淳安县生态环境持续向好，全县空气质量优良率达到92.5%。';
    expect(links(text, [makeEntity('place', '淳安县', text, [], { level: 'county' })])).toEqual([['92.5%', ['淳安县']]]);
  });
});

describe('link: a body naming a meeting that someone convenes', () => {
  it('links the convening person, not the standing committee whose meeting it is', () => {
    const text = '县委书记王强同志先后主持召开县委常委会会议6次、整改工作推进会3次，带队赴三市镇、安定镇等15个乡镇督导整改。';
    const entities = [person('王强', text), org('县委常委会', text), place('三市镇', text), place('安定镇', text)];
    expect(links(text, entities)).toEqual([
      ['6次', ['王强']],
      ['3次', ['王强']],
      ['15个', ['王强']],
    ]);
  });
  it('does not link a government whose 常务会议 a person convenes', () => {
    const text = '区长王立新同志主持召开区政府常务会议研究整改任务14项。';
    expect(links(text, [person('王立新', text), org('区政府', text)])).toEqual([['14项', ['王立新']]]);
  });
  it('still links a body that itself convenes a meeting', () => {
    const text = '集团党委先后召开党委会11次、专题会议4次，研究解决重点难点问题。';
    expect(links(text, [org('集团党委', text)])).toEqual([
      ['11次', ['集团党委']],
      ['4次', ['集团党委']],
    ]);
  });
});

describe('link: held-out bodies, when the entity stage finds them', () => {
  it('links a stationed discipline team to its case counts', () => {
    const text = '驻集团纪检监察组聚焦工程建设、物资采购等重点领域，查处违规违纪问题29起，处理41人，挽回经济损失1860万元。';
    expect(links(text, [org('驻集团纪检监察组', text)])).toEqual([
      ['29起', ['驻集团纪检监察组']],
      ['41人', ['驻集团纪检监察组']],
      ['1860万元', ['驻集团纪检监察组']],
    ]);
  });
  it('links a listed count to the inspecting body, not to the listed schools', () => {
    const text =
      '学校纪委对计算机学院、机械工程学院等7个二级单位科研经费使用情况开展专项检查，追回违规使用经费27.6万元，对3名教师给予通报批评。';
    const entities = [org('学校纪委', text), org('计算机学院', text), org('机械工程学院', text)];
    expect(links(text, entities)).toEqual([
      ['7个', ['学校纪委']],
      ['27.6万元', ['学校纪委']],
      ['3名', ['学校纪委']],
    ]);
  });
});

describe('link: lists joined by 和 and 及', () => {
  it('treats X和Y等N个 and X及Y等N个 as examples of the counted set', () => {
    const text = '市委书记刘勇同志对大朗镇和黄江镇等5个镇开展督查。市纪委监委对市公安局及大朗镇等6个单位开展检查。';
    const entities = [person('刘勇', text), place('大朗镇', text), place('黄江镇', text), org('市纪委监委', text), org('市公安局', text)];
    expect(links(text, entities)).toEqual([
      ['5个', ['刘勇']],
      ['6个', ['市纪委监委']],
    ]);
  });
  it('still links a complete enumeration without 等 to its members', () => {
    const text = '对大朗镇、黄江镇2个镇开展专项督查。';
    expect(links(text, [place('大朗镇', text), place('黄江镇', text)])).toEqual([['2个', ['大朗镇', '黄江镇']]]);
  });
});

describe('link: a partner named with 会同', () => {
  it('links both bodies to what they did together', () => {
    const text = '市文化广电旅游局会同市市场监管局开展“春雷行动”，查处违法违规经营案件57件，罚没款42.3万元。';
    expect(links(text, [org('市文化广电旅游局', text), org('市市场监管局', text)])).toEqual([
      ['57件', ['市文化广电旅游局', '市市场监管局']],
      ['42.3万元', ['市文化广电旅游局', '市市场监管局']],
    ]);
  });
});
