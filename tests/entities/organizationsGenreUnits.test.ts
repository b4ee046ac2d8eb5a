import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf } from './entityTestKit.ts';

// Bodies of the government genre's own reports (procuratorates, courts, customs, statistics, fire and rescue), each rule on
// sentences written for it, not taken from the reports.
describe('a procuratorate’s own report naming the procuratorate above it', () => {
  const report =
    '诸暨市人民检察院工作报告\n2023年，市检察院在市委和绍兴市人民检察院的坚强领导下，全年办理各类案件1200件。' +
    '在上级检察院的指导下，市检察院办结公益诉讼案件36件。';
  it('reads the city’s procuratorate whole, not its place and a bare 检察院 joined to the report’s own', () => {
    const e = entitiesOf(report);
    expect(namesOf(e, 'organization')).toContain('绍兴市人民检察院');
    const own = entity(e, 'organization', '诸暨市人民检察院');
    expect(own?.mentions.map((m) => m.surface)).toEqual(['诸暨市人民检察院', '市检察院', '市检察院']);
  });
  it('joins no 上级检察院 (the procuratorate above) to the report’s own', () => {
    const own = entity(entitiesOf(report), 'organization', '诸暨市人民检察院');
    expect(own?.mentions.some((m) => report.slice(m.start - 2, m.start) === '上级')).toBe(false);
  });
});

describe('rescue and emergency teams named by their place', () => {
  const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');
  it('reads a town’s emergency rescue team, however generic the words of its work (应急|救援队)', () => {
    expect(orgs('枝江市董市镇应急救援队配备冲锋舟3艘。')).toEqual(['董市镇应急救援队']);
  });
  it('reads a county’s flood team for the river it lies on with the county first (宜都市|长江|防汛|抢险|突击队)', () => {
    expect(orgs('汛期，宜都市长江防汛抢险突击队连夜转移受困群众156人。')).toEqual(['宜都市长江防汛抢险突击队']);
  });
  it('reads no team from a count of teams with no place before it', () => {
    expect(orgs('全市组建应急救援队12支，配备救援人员460人。')).toEqual([]);
  });
});

describe('a national agency’s unit in a place, written right after the agency', () => {
  const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');
  it('reads a survey team named by its county as one body with the bureau, and the team written alone as the same', () => {
    const e = entitiesOf('国家统计局德清调查队开展城乡住户收支调查。德清调查队抽选样本户320户。');
    expect(namesOf(e, 'organization')).toEqual(['国家统计局德清调查队']);
    expect(entity(e, 'organization', '国家统计局德清调查队')?.aliases).toEqual(['德清调查队']);
  });
  it('reads a province’s survey corps (浙江|调查|总队) and a city’s tax bureau’s inspection bureau with their agency', () => {
    expect(orgs('国家统计局浙江调查总队开展数据质量抽查。')).toEqual(['国家统计局浙江调查总队']);
    expect(orgs('国家税务总局宜昌市税务局第一稽查局查处一起骗取出口退税案。')).toEqual(['国家税务总局宜昌市税务局第一稽查局']);
  });
  it('reads a national bureau after a city’s bureau and 与 as the state’s, not a member of the city’s list', () => {
    expect(orgs('市统计局与国家统计局湖州调查队联合发布统计公报。')).toEqual(['国家统计局湖州调查队', '湖州市统计局']);
  });
});

describe('a body’s internal division written after the body’s name', () => {
  const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');
  it('reads a court’s enforcement bureau and case-filing division with the court, not the court alone', () => {
    expect(orgs('县人民法院执行局联合县公安局开展集中执行行动。')).toEqual(['县人民法院执行局', '县公安局'].sort());
    expect(orgs('区人民法院立案庭全年登记立案5.6万件。')).toEqual(['区人民法院立案庭']);
  });
  it('reads a customs’ anti-smuggling branch and a procuratorate’s numbered department (缉私|分局, 第二|检察|部)', () => {
    expect(orgs('宁波海关缉私分局立案侦办走私犯罪案件27起。')).toEqual(['宁波海关缉私分局']);
    expect(orgs('县人民检察院第二检察部依法提起公诉。')).toEqual(['县人民检察院第二检察部']);
  });
  it('reads a corps’ division of a division (交通警察|支队, then 直属|二|大队)', () => {
    expect(orgs('市公安局交通警察支队直属二大队查处酒驾违法行为316起。')).toEqual(['市公安局交通警察支队直属二大队']);
  });
  it('reads no division from the body’s head’s title, its staff, or another body after a verb jieba tagged a noun (会同/n)', () => {
    expect(orgs('县人民法院院长张晓红列席会议，县人民法院干部职工参加。')).toEqual(['县人民法院']);
    expect(orgs('县统计局会同国家统计局安吉调查队完成普查登记。')).not.toContain('县统计局会同国家统计局');
  });
});
