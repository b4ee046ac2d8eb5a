import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Rules written after the eighth held-out set's first run (a county party congress report and a city 妇联's work report),
// each on sentences written for the rule, not taken from the reports.
describe('campaigns of a women’s federation: funds, loans, projects, creation drives, two-part slogans and festivals', () => {
  const campaigns = (text: string) => namesOf(entitiesOf(text), 'campaign');
  it('reads a quoted fund and a quoted loan product as programmes, not a foundation', () => {
    expect(campaigns('县慈善会设立“助学圆梦基金”，县农商银行推出“乡村振兴贷”，全年放贷8000万元。')).toEqual(
      ['乡村振兴贷', '助学圆梦基金'].sort(),
    );
  });
  it('reads a quoted name with a kind of public-good work and 项目 as its own project, two projects of one quoted part apart', () => {
    expect(campaigns('争取“春苗”助学项目资金80万元，实施“光明行”免费筛查项目和“光明行”救助项目。')).toEqual(
      ['“光明行”免费筛查项目', '“光明行”救助项目', '“春苗”助学项目'].sort(),
    );
  });
  it('reads no project from a building project named by a quoted initiative', () => {
    expect(campaigns('签约“一带一路”建设项目12个。')).not.toContain('“一带一路”建设项目');
  });
  it('reads a creation drive whole (“X”创建行动)', () => {
    expect(campaigns('各乡镇实施“清洁家园”创建行动，评选示范户300户。')).toEqual(['“清洁家园”创建行动']);
  });
  it('knows a campaign named by a two-part slogan by its first part', () => {
    const text = '开展“薪火相传　永跟党走”主题宣讲活动120场。明年，继续深化“薪火相传”主题宣讲。';
    expect(campaigns(text)).toEqual(['薪火相传　永跟党走']);
  });
  it('reads a named festival with its edition, and no holiday', () => {
    expect(campaigns('成功举办第三届中国·婺源油菜花旅游节，国庆节期间接待游客12万人次。')).toEqual(['中国·婺源油菜花旅游节']);
  });
});

describe('a family named after one of its members', () => {
  const people = (text: string) => namesOf(entitiesOf(text), 'person');
  it('reads the member written after the place the family lives in, and in a list of families', () => {
    expect(people('湾里区招贤镇刘美华家庭、西湖区系马桩街道万国平家庭荣获全国五好家庭称号。')).toEqual(['万国平', '刘美华']);
  });
  it('reads no person from a kind of family (文明家庭, 单亲家庭, 和睦家庭)', () => {
    expect(people('全县单亲家庭、困难家庭等获得救助，文明家庭获评表彰，和睦家庭、康乐家庭入选。')).toEqual([]);
  });
  it('reads the village of an unknown name jieba glued to the member’s surname (平峰|村章|秀英)', () => {
    const e = entitiesOf('潜山市官庄镇平峰村章秀英家庭获评全国最美家庭。');
    expect(namesOf(e, 'place')).toContain('平峰村');
    expect(namesOf(e, 'person')).toEqual(['章秀英']);
  });
});

describe('zones, rivers and built-up areas of a county', () => {
  const places = (text: string) => namesOf(entitiesOf(text), 'place');
  it('reads a county’s zone named by a field (食品产业园) or as an 产业集聚区 with the county, the county no alias of it', () => {
    const e = entitiesOf('支持鹿邑县食品产业园和鹿邑县产业集聚区建设，鹿邑县新增企业12家。');
    expect(namesOf(e, 'place')).toEqual(['鹿邑县', '鹿邑县产业集聚区', '鹿邑县食品产业园']);
    expect(e.find((x) => x.name === '鹿邑县产业集聚区')?.aliases).toEqual([]);
  });
  it('reads a river of one character listed after another, and no place from a river’s built-up stretch (汝河城区段)', () => {
    expect(places('加强洪河、汝河水质监测，实施汝河城区段综合治理。')).toEqual(['汝河', '洪河']);
  });
});

describe('laws against a thing, named without marks', () => {
  it('keeps the 反 that jieba leaves a word of its own (反|家庭暴力|法, 反|洗钱|法), and reads no 反 into 违反', () => {
    const text = '认真执行反洗钱法，深入宣传反家庭暴力法，严格遵守反垄断法，不得违反劳动法。';
    expect(namesOf(entitiesOf(text), 'regulation')).toEqual(['劳动法', '反垄断法', '反家庭暴力法', '反洗钱法'].sort());
  });
});

describe('a city’s or county’s own hospital (市立医院)', () => {
  it('reads the hospital whose 立 jieba takes for a verb (安庆市|立|医院), with the place', () => {
    const orgs = namesOf(entitiesOf('深圳市立医院产科护理组获评全国巾帼文明岗。'), 'organization');
    expect(orgs).toContain('深圳市立医院');
  });
});
