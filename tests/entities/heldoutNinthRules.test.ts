import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';
import { foldText } from '../../src/text/foldText.ts';

// Rules written after the ninth held-out set's first run (a provincial government's work report and a city 人大常委会's
// work report), each on sentences written for the rule, not taken from the reports.
describe('people appointed, removed and resigning in a congress’s report', () => {
  const people = (text: string) => namesOf(entitiesOf(text), 'person');
  it('reads the names after 任命/免去/接受 and before 为/的/辞去, whatever jieba tags them', () => {
    const text =
      '会议决定任命孙丽娟为市财政局局长，免去黄建平的市财政局局长职务；任命郑雪梅为区人民法院审判员；接受韩国栋辞去市人民政府副市长职务的请求。';
    expect(people(text)).toEqual(['孙丽娟', '郑雪梅', '韩国栋', '黄建平'].sort());
  });
  it('reads a later appointment after 、 in the same clause, a compound surname too', () => {
    expect(people('决定任命吴志刚为市水利局局长、司马丽为市审计局局长、杨帆为市统计局局长。')).toEqual(['司马丽', '吴志刚', '杨帆'].sort());
  });
  it('reads no person where the act names a kind of people or a thing', () => {
    const text = '任命一批干部为乡镇党委书记，接受群众监督的意见，撤销原判决的执行，补选代表为主席团成员，免去其职务。';
    expect(people(text)).toEqual([]);
  });
  it('reads a deputy named after a skilled worker’s grade', () => {
    expect(people('市人大代表、某机械厂高级技师方卫国和工程师金晓燕带头开展技能培训。')).toEqual(['方卫国', '金晓燕'].sort());
  });
});

describe('the committees of a people’s congress, its standing committee and a CPPCC', () => {
  const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');
  it('reads a congress’s special committees as bodies of their own, whatever jieba made of their words', () => {
    const got = orgs('县人大财政经济委员会牵头开展预算审查，县人大监察和司法委员会、县人大农业与农村委员会分别开展专题调研。');
    expect(got).toEqual(expect.arrayContaining(['县人大财政经济委员会', '县人大监察和司法委员会', '县人大农业与农村委员会']));
  });
  it('reads the standing committee’s working committees listed after one level, and a CPPCC’s committee', () => {
    const got = orgs('省人大常委会法制工作委员会、预算工作委员会分别召开座谈会，省政协提案委员会参加。');
    expect(got).toEqual(expect.arrayContaining(['省人大常委会法制工作委员会', '省人大常委会预算工作委员会', '省政协提案委员会']));
  });
  it('reads no body from the standing committees of levels listed together', () => {
    const got = orgs('指导各县市区人大常委会和其他市州人大常委会开展工作，市人大常委会组成人员和市人大代表参加。');
    expect(got.filter((n) => n === '人大常委会')).toEqual([]);
  });
});

describe('companies and airports of a provincial report', () => {
  const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');
  it('reads a body that opens a project’s name as well as the project (an airport’s runway works)', () => {
    const es = entitiesOf('长春龙嘉国际机场三期扩建工程完成投资52亿元。');
    expect(namesOf(es, 'organization')).toContain('长春龙嘉国际机场');
  });
  it('keeps a city’s name at the front of a body whatever jieba tags it (大连/d)', () => {
    expect(orgs('大连周水子国际机场旅客吞吐量增长，大连港湾工程有限公司中标。')).toEqual(
      expect.arrayContaining(['大连周水子国际机场', '大连港湾工程有限公司']),
    );
  });
  it('reads a company with a bracketed place or kind before its suffix whole', () => {
    const got = orgs('三星（中国）投资有限公司、LG化学（南京）信息电子材料有限公司和鞍山钢铁（集团）有限公司签约。');
    expect(got).toEqual(
      expect.arrayContaining(['三星（中国）投资有限公司', 'LG化学（南京）信息电子材料有限公司', '鞍山钢铁（集团）有限公司']),
    );
  });
  it('reads it in the folded text too, whose brackets are ASCII', () => {
    const text = 'SK海力士半导体（大连）有限公司投产。';
    expect(namesOf(entitiesOf(text, foldText(text)), 'organization')).toEqual(['SK海力士半导体(大连)有限公司']);
  });
  it('reads no company from a bracketed note that is no place or kind', () => {
    expect(orgs('支持企业（含个体户）有限公司化改造。')).toEqual([]);
  });
});

describe('campaigns and fairs of a provincial report', () => {
  const campaigns = (text: string) => namesOf(entitiesOf(text), 'campaign');
  it('reads fairs and congresses listed after the one a verb opens, and a forum named with its season', () => {
    expect(campaigns('成功举办世界智能制造大会、中国国际农产品交易会和全球数字经济大会。')).toEqual(
      ['世界智能制造大会', '中国国际农产品交易会', '全球数字经济大会'].sort(),
    );
    expect(campaigns('办好2026年冬季达沃斯论坛。')).toEqual(['冬季达沃斯论坛']);
  });
  it('reads no fair from a meeting (表彰大会, 职工代表大会)', () => {
    expect(campaigns('举办全省表彰大会和职工代表大会。')).toEqual([]);
  });
  it('keeps a word of manner after the copula as the front of a drive’s name, and reads a year of a push', () => {
    expect(campaigns('今年是深入实施质量强市三年行动的第二年，2025年是全面振兴全方位振兴三年行动收官之年。')).toEqual(
      ['全面振兴全方位振兴三年行动', '质量强市三年行动'].sort(),
    );
    expect(campaigns('全市组织开展招商引资攻坚年活动，签约项目120个。')).toEqual(['招商引资攻坚年']);
  });
});

describe('rivers listed after a river', () => {
  const places = (text: string) => namesOf(entitiesOf(text), 'place');
  it('reads a river of a bound character and another river’s suffix listed after a river (湘江、渌水、洣水)', () => {
    expect(places('督办清江、溇水、渌水沿岸问题。')).toEqual(['渌水', '清江', '溇水'].sort());
  });
  it('reads no river from words of the language listed after one (绿水, 资水 is a word)', () => {
    expect(places('守护湘江、绿水和蓝天。')).toEqual(['湘江']);
  });
});
