import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

// A procuratorate's or a foreign affairs office's report: the body it urges, advises or helps does the counted things;
// a school named after 在 is where they happen; the rivers work is done around and the places of a problem are where.
const links = figureLinks;
const place = (name: string, text: string, level?: 'town' | 'village' | 'feature') =>
  makeEntity('place', name, text, [], level ? { level } : undefined);
const org = (name: string, text: string) => makeEntity('organization', name, text);

describe('link: the body asked to act, and where', () => {
  it('links a fine to the bureau urged to act and the village before 一养殖场', () => {
    const text = '督促市生态环境局分局对桥头镇新塘村一养殖场违法排污行为立案查处，罚款9万元。';
    const entities = [org('市生态环境局分局', text), place('桥头镇', text, 'town'), place('新塘村', text, 'village')];
    expect(links(text, entities)).toEqual([['9万元', ['市生态环境局分局', '桥头镇', '新塘村']]]);
  });
  it('links what follows advice sent to a body (向X发出检察建议) to that body and the places of the problem', () => {
    const text = '针对沙溪镇河道违法采砂问题，向沙溪镇人民政府发出检察建议，督促清理砂石堆3000立方米。';
    const entities = [place('沙溪镇', text, 'town'), org('沙溪镇人民政府', text)];
    expect(links(text, entities)).toEqual([['3000立方米', ['沙溪镇', '沙溪镇人民政府']]]);
  });
  it('links a supported company where it acts (支持X在Y…), not a supported body whose clause is the issuer’s own work', () => {
    const acting = '支持万向集团在墨西哥蒙特雷设立工厂，年产零部件80万套。';
    expect(links(acting, [org('万向集团', acting), place('墨西哥', acting), place('蒙特雷', acting)])).toEqual([
      ['80万套', ['万向集团', '墨西哥', '蒙特雷']],
    ]);
    const own = '支持市佛教协会完成换届，举办宗教界人士培训班3期。';
    expect(links(own, [org('市佛教协会', own)])).toEqual([['3期', []]]);
    const helped = '配合外交部做好使节参访活动，接待来自12个国家的20名使节。';
    expect(links(helped, [org('外交部', helped)])).toEqual([
      ['12个', []],
      ['20名', []],
    ]);
  });
  it('does not carry a body asked to act in one item (二是推动X…) into the next', () => {
    const text = '一是推动市儿童医院建设心理门诊；二是实施“春蕾计划”，资助困难女童300名。';
    expect(links(text, [org('市儿童医院', text)])).toEqual([['300名', []]]);
  });
  it('links the figures after 在 + a school to the school, not a body under whose leadership work is done', () => {
    const school = '在县实验小学设立法治教育基地，开展讲座12场。';
    expect(links(school, [org('县实验小学', school)])).toEqual([['12场', ['县实验小学']]]);
    const led = '在县委的坚强领导下，全年开展讲座12场。';
    expect(links(led, [org('县委', led)])).toEqual([['12场', []]]);
  });
  it('links the figures of work around two rivers to the rivers, not the towns whose funds an audit checked', () => {
    const rivers = '围绕瓯江、楠溪江水环境保护，开展专项监督，清理河道垃圾8000吨。';
    expect(links(rivers, [place('瓯江', rivers, 'feature'), place('楠溪江', rivers, 'feature')])).toEqual([['8000吨', ['瓯江', '楠溪江']]]);
    const audit = '抽查了甲镇、乙镇的补助资金，发现3个项目闲置。';
    expect(links(audit, [place('甲镇', audit, 'town'), place('乙镇', audit, 'town')])).toEqual([['3个', []]]);
  });
});

describe('link: a named project', () => {
  const campaign = (name: string, text: string) => makeEntity('campaign', name, text);
  it('links the figures of a project’s clause and of the clauses after it to the project, its lender only to the loan', () => {
    const text = '利用欧洲投资银行贷款1亿欧元实施南昌市城市更新项目，全年完成投资2.2亿元。';
    expect(links(text, [org('欧洲投资银行', text), campaign('南昌市城市更新项目', text)])).toEqual([
      ['1亿欧元', ['欧洲投资银行', '南昌市城市更新项目']],
      ['2.2亿元', ['南昌市城市更新项目']],
    ]);
  });
  it('keeps the place where the project is built and stops at the next enumerated item', () => {
    const text = '一是在石门镇实施清溪河综合治理工程，完成投资8000万元；二是完成小型水库除险加固12座。';
    expect(links(text, [place('石门镇', text, 'town'), campaign('清溪河综合治理工程', text)])).toEqual([
      ['8000万元', ['石门镇', '清溪河综合治理工程']],
      ['12座', []],
    ]);
  });
  it('does not link a programme named by a slogan', () => {
    const text = '实施“青苗培育”工程，培训青年教师260名。';
    expect(links(text, [campaign('“青苗培育”工程', text)])).toEqual([['260名', []]]);
  });
});
