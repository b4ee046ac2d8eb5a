import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import type { RawReport } from '../../src/types.ts';

// Rules from the twenty-sixth held-out set (a county's 法治政府建设年度报告, a 街道办事处's work summary), each tried on
// sentences written for it, read end to end as the command reads a report.

/** Each figure of `content` with the names it is linked to, for a report issued by `issuer`. */
function links(content: string, issuer = '泾县人民政府'): [string, string[]][] {
  const raw: RawReport = { path: 't.txt', file: 't.txt', format: 'txt', encoding: 'UTF-8', content, meta: { issuer } };
  const r = extractReport(raw);
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.figures.map((f) => [f.text, f.entities.map((id) => name.get(id)!).sort()]);
}

describe('a body named as the author of the documents its subject handles', () => {
  it('is no actor of the count (县司法局审核县政府规范性文件14件)', () => {
    expect(links('县司法局审核县政府规范性文件14件，提出修改意见213条。')).toEqual([
      ['14件', ['县司法局']],
      ['213条', ['县司法局']],
    ]);
    expect(links('县司法局审核市政府文件9件。')).toEqual([['9件', ['县司法局']]]);
  });

  it('still owns them where nobody else acts, and a partner still acts with the subject', () => {
    expect(links('审核县政府规范性文件14件。')).toEqual([['14件', ['县政府']]]);
    expect(links('县司法局联合县市场监管局清理文件36件。')).toEqual([['36件', ['县司法局', '县市场监管局']]]);
  });
});

describe('a village’s or a community’s own committee', () => {
  it('does the work of the town and village its name is written in (茂林镇溪口村人民调解委员会)', () => {
    expect(links('茂林镇溪口村人民调解委员会调解邻里纠纷48件，调解成功率97.9%。')).toEqual([
      ['48件', ['溪口村', '茂林镇', '茂林镇溪口村人民调解委员会']],
      ['97.9%', ['溪口村', '茂林镇', '茂林镇溪口村人民调解委员会']],
    ]);
    expect(links('桃花潭镇查济村村民委员会修建道路3公里。')).toEqual([['3公里', ['查济村', '桃花潭镇', '桃花潭镇查济村村民委员会']]]);
  });
});

describe('各 after a list of names', () => {
  it('is “each of them”, no unnamed body ending the places (在棕南社区、棕北社区各新建…1个)', () => {
    expect(links('在棕南社区、棕北社区各新建社区食堂1个，日均就餐1200人次。', '玉林街道办事处')).toEqual([
      ['1个', ['棕北社区', '棕南社区']],
      ['1200人次', ['棕北社区', '棕南社区']],
    ]);
  });

  it('after one name is the name’s own units (国务院各部门), which own the count', () => {
    expect(links('国务院各部门取消和调整行政审批项目692项。', '国务院')).toEqual([['692项', []]]);
  });
});

// The twenty-fifth set's links left (桐庐县总工会's report), read by rules tried on sentences written for them.
describe('a member of the body a clause opens on', () => {
  it('is who the clause is about with the body, by a trade or rank that is no head (公司技术员X领衔的…)', () => {
    const text = '桐庐华笔文具有限公司技术员王建国领衔的创新工作室研发笔头自动检测装置，获国家实用新型专利3项。';
    expect(links(text, '桐庐县总工会')).toEqual([['3项', ['桐庐华笔文具有限公司', '王建国']]]);
  });
});

describe('those taking part across the area', () => {
  it('count the joint work just named (联合县应急管理局开展…竞赛，全县参赛企业215家)', () => {
    expect(links('联合县应急管理局开展“安康杯”竞赛，全县参赛企业215家、参赛班组1326个。', '桐庐县总工会')).toEqual([
      ['215家', ['县应急管理局']],
      ['1326个', ['县应急管理局']],
    ]);
  });

  it('where the area’s own total is no part of the work (全县稻渔面积达到3.2万亩)', () => {
    expect(links('县农业农村局推广稻渔综合种养，全县稻渔面积达到3.2万亩。', '桐庐县人民政府')).toEqual([['3.2万亩', []]]);
  });
});

describe('a union, an association or a cooperative founded where no founder is named', () => {
  it('is what the counts after it are about (推动成立…工会联合会，覆盖快递网点146个)', () => {
    expect(links('推动成立桐庐县快递行业工会联合会，覆盖快递网点146个。', '桐庐县总工会')).toEqual([
      ['146个', ['桐庐县快递行业工会联合会']],
    ]);
    expect(links('指导成立桐庐县物流行业协会，吸纳会员企业42家。', '桐庐县总工会')).toEqual([['42家', ['桐庐县物流行业协会']]]);
  });

  it('unlike a leading group, whose founding is the issuer’s own work', () => {
    expect(links('成立县巡察工作领导小组，制定整改任务64项。', '桐庐县人民政府')).toEqual([['64项', []]]);
  });
});

describe('a report wrapped at a page width (text copied from a PDF)', () => {
  // The twenty-sixth set's 玉林街道 report wrapped at 30 characters: the breaks fell inside 、 lists and before a post.
  const wrapped = [
    '全年实施民生实事项目12项，完成投资3860万元。在棕南社区',
    '、棕北社区各新建社区食堂1个，日均就餐1200人次，为80岁',
    '以上老人就餐提供每餐3元补贴。排查整治消防安全隐患1326处，',
    '整改率100%。街道综治中心受理矛盾纠纷826件。街道办事处',
    '副主任周文斌带队开展燃气安全专项检查，检查餐饮商户312家，',
    '督促整改隐患48处。',
  ].join('\n');

  it('links its figures as the text read without the breaks does', () => {
    const got = new Map(links(wrapped, '玉林街道办事处'));
    const unwrapped = new Map(links(wrapped.replace(/\n/g, ''), '玉林街道办事处'));
    expect(got).toEqual(unwrapped);
    expect(got.get('1个')).toEqual(['棕北社区', '棕南社区']);
    expect(got.get('312家')).toEqual(['周文斌']);
    expect(got.get('48处')).toEqual(['周文斌']);
  });
});
