import { describe, expect, it } from 'vitest';
import { structureReport } from '../../src/structure/structureReport.ts';
import { readMarkdown } from '../../src/read/readMarkdown.ts';

// Layouts of the structure22 set (tests/fixtures/structure22), in sentences written for these tests.
const outline = (text: string) => structureReport(text, 'r').sections.map((s) => [s.level, s.heading]);
const measures = (text: string) => structureReport(text, 'r').measures.map((m) => m.heading);

describe('chapters and their sections', () => {
  it('reads 第一节 under 第一章 as level 2, restarting in each chapter', () => {
    const text =
      '第一章 总体情况\n第一节 指标完成情况\n全县地区生产总值增长6.8%。\n第二节 项目推进情况\n完工项目17个。\n第二章 下一步举措\n第一节 发展现代产业\n一是实施强县行动。';
    expect(outline(text)).toEqual([
      [1, '总体情况'],
      [2, '指标完成情况'],
      [2, '项目推进情况'],
      [1, '下一步举措'],
      [2, '发展现代产业'],
    ]);
  });
  it('reads no 第一节课 as a section', () => {
    expect(outline('第一章 课程安排\n第一节课安排在上午八点，由校长主讲。')).toEqual([[1, '课程安排']]);
  });
});

describe('a table of contents', () => {
  it('is not read as the headings it lists: the headings that follow it are', () => {
    const text =
      '目录\n一、工作开展情况\n二、存在的主要问题\n今年以来，全镇刑事案件同比下降18.6%。\n一、工作开展情况\n（一）矛盾纠纷化解。调解纠纷436件。\n二、存在的主要问题\n调解员年龄偏大。';
    const s = structureReport(text, 'r').sections;
    expect(s.map((x) => [x.level, x.heading])).toEqual([
      [1, '工作开展情况'],
      [2, '矛盾纠纷化解'],
      [1, '存在的主要问题'],
    ]);
    expect(s[0]!.start).toBe(text.indexOf('一、工作开展情况', 10));
  });
  it('keeps a heading repeated under another part', () => {
    const text = '一、城区\n（一）存在问题\n管网老化。\n二、乡镇\n（一）存在问题\n设施不足。';
    expect(outline(text)).toEqual([
      [1, '城区'],
      [2, '存在问题'],
      [1, '乡镇'],
      [2, '存在问题'],
    ]);
  });
});

describe('the end of the body', () => {
  const text =
    '一、整改情况\n已整改问题61个，整改率89.7%。\n二、下一步安排\n一是压实整改责任。二是加强结果运用。\n南湖区人民政府\n2023年11月28日\n附件：1.问题整改清单\n2.整改情况统计表\n附件1\n问题整改清单';
  it('ends the last section at the signature, not at the attachments after it', () => {
    const s = structureReport(text, 'r').sections;
    expect(text.slice(s[1]!.start, s[1]!.end).trim()).toBe('二、下一步安排\n一是压实整改责任。二是加强结果运用。');
  });
  it('reads no heading in the list of attachments', () => {
    expect(outline(text)).toEqual([
      [1, '整改情况'],
      [1, '下一步安排'],
    ]);
  });
  it('ends the body at the first of two signers', () => {
    const t = '一、整改情况\n已整改问题61个。\n二、下一步安排\n压实整改责任。\n中共南湖区委\n南湖区人民政府\n2023年11月28日';
    const s = structureReport(t, 'r').sections;
    expect(t.slice(s[1]!.start, s[1]!.end).trim()).toBe('二、下一步安排\n压实整改责任。');
  });
  it('ends the body at the list of attachments where it has no signature', () => {
    const t = '一、整改情况\n已整改问题61个。\n附件：问题整改清单';
    const s = structureReport(t, 'r').sections;
    expect(t.slice(s[0]!.start, s[0]!.end).trim()).toBe('一、整改情况\n已整改问题61个。');
  });
});

describe('a numbered list', () => {
  it("reads a list's whole sentences as no headings, and as actions under the heading they follow", () => {
    const text =
      '2024年，区数据局将围绕数字政府建设目标推进以下工作。\n重点任务\n1.加快建设城市运行管理中心，年底前接入设备2万个，确保实时监测全覆盖。\n2.深化数据授权运营试点，培育数据服务企业10家以上。\n保障措施\n区领导小组每季度召开1次例会，协调解决重大事项。';
    expect(outline(text).map((s) => s[1])).toEqual(['重点任务', '保障措施']);
    expect(measures(text)).toEqual([
      '加快建设城市运行管理中心，年底前接入设备2万个，确保实时监测全覆盖',
      '深化数据授权运营试点，培育数据服务企业10家以上',
    ]);
  });
  it('reads no action in a list a sentence introduces', () => {
    const text =
      '一、存在的不足\n方案明确的目标是：\n1.到2025年，全程网办率达到90%；\n2.公共数据按需共享率达到100%，数据应归尽归。\n目前全程网办率为78%。';
    expect(outline(text)).toEqual([[1, '存在的不足']]);
    expect(measures(text)).toEqual([]);
  });
  it('keeps one-sentence items as headings where a sibling heads a body', () => {
    const text =
      '（一）教育\n（1）继续发展群众办学。群众举办的学校，形式可以多种多样。\n（2）为了扫除文盲，必须大力开展扫除文盲的运动。\n（3）在国家的辅导下，积极开展群众性的文化活动。';
    expect(outline(text)).toHaveLength(4);
  });
});

describe('a quotation', () => {
  it("reads no measure in a quotation's 一是…二是…", () => {
    const text =
      '会议强调“整改要做到三个到位：一是思想认识到位；二是责任落实到位；三是问题整改到位”。\n一是强化组织领导。成立领导小组。\n二是细化整改方案。';
    expect(measures(text)).toEqual(['强化组织领导', '细化整改方案']);
  });
});

describe('headings with no number', () => {
  it('ranks ■ parts above 【】 subparts', () => {
    const text =
      '关于食品安全专项整治的通报\n今年3月至10月，市局在全市开展校园及周边食品安全专项整治。\n■ 基本情况\n全市共检查学校食堂和经营户2240户次，发现问题351个。\n检查类别 检查户次 发现问题\n学校食堂 1260 214\n■ 主要做法\n【强化源头管控】\n全面推行大宗食品原料集中定点采购，实现来源可追溯。\n【严格日常监管】\n每学期开展不少于2次全覆盖检查，对C级食堂挂牌督办。';
    expect(outline(text)).toEqual([
      [1, '基本情况'],
      [1, '主要做法'],
      [2, '强化源头管控'],
      [2, '严格日常监管'],
    ]);
  });
  it('reads a bare title line over a paragraph, not a running header, page number, signature or date', () => {
    const text =
      '南湖区审计局\n关于审计查出问题整改情况的报告\n区人大常委会：\n受区人民政府委托，现将审计查出问题的整改情况报告如下。\n审计整改工作部署推进情况\n区政府先后3次召开常务会议专题研究，逐项明确整改责任。\n- 2 -\n整改情况的报告\n区审计局建立审计整改台账，对查出的68个问题实行清单化管理。\n2023年整改工作安排\n全年计划完成审计查出的整改问题68个，整改率力争达到100%。\n- 3 -\n整改情况的报告\n南湖区人民政府\n2023年11月28日';
    expect(outline(text)).toEqual([
      [1, '审计整改工作部署推进情况'],
      [1, '2023年整改工作安排'],
    ]);
  });
  it('ranks a title over a title and its body above the titles under it', () => {
    const text =
      '云峰区数据局工作总结\n2023年，区数据局统筹推进数据归集共享，各项工作取得新进展。\n2023年工作总结\n数据资源体系不断完善\n区级公共数据平台累计归集数据4.2亿条，共享调用量达到2600万次。\n政务服务效能持续提升\n全区1562项政务服务事项实现网上可办，企业开办压缩至0.5个工作日。';
    expect(outline(text)).toEqual([
      [1, '2023年工作总结'],
      [2, '数据资源体系不断完善'],
      [2, '政务服务效能持续提升'],
    ]);
  });
  it('reads no heading in one bare line among sentences (a byline), nor after a sentence cut off', () => {
    const text =
      '渐渐地，女王乘坐的马车进入了人们的视线，人群中响起一片欢呼声。\n研究所副所长王渝生\n他决定以夹克衫为龙头，向男士服饰系列产品辐射，生产各种配套产品。\n大使在发言中强调，为使两国关系健康发展，应努力消除某些\n人为制造的障碍和干扰因素\n会议认为，双方应当加强沟通，扩大各领域的务实合作。';
    expect(outline(text)).toEqual([]);
  });
});

describe('Markdown headings with no number', () => {
  it('ranks ## over ### over bold, the # title no section, a bold first sentence heading its line', () => {
    const { content, marked } = readMarkdown(
      '# 云峰区数据局工作总结\n\n2023年，区数据局统筹推进数据归集共享，各项工作取得新进展。\n\n## 工作总结\n\n### 数据资源体系不断完善\n\n**建设数据底座。** 完成区政务云扩容，存储容量达到2PB。\n\n## 存在的不足\n\n部分部门数据更新不及时，数据质量有待提高。\n\n## 工作计划\n\n### 保障措施\n\n**加强组织保障**\n\n领导小组每季度召开1次例会，协调解决重大事项。\n',
    );
    expect(structureReport(content, 'r', marked).sections.map((s) => [s.level, s.heading])).toEqual([
      [1, '工作总结'],
      [2, '数据资源体系不断完善'],
      [3, '建设数据底座'],
      [1, '存在的不足'],
      [1, '工作计划'],
      [2, '保障措施'],
      [3, '加强组织保障'],
    ]);
  });
});
