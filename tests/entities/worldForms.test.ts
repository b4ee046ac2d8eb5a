import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/text/foldText.ts';
import { entitiesOf, entity, namesOf } from './entityTestKit.ts';
import { withoutCountry } from '../../src/entities/organizations/foreignInstitutions.ts';

const read = (s: string) => entitiesOf(s, foldText(s));

// Sentences of tests/fixtures/world/foreign-affairs.tsv and others written for the rules (not from any measured set).
describe('missions, universities and companies of the world', () => {
  it('reads a state’s mission in another as one body, sender and host in its name', () => {
    expect(namesOf(read('中国驻日本大使馆举行国庆招待会，日本前首相福田康夫出席。'), 'organization')).toEqual(['中国驻日本大使馆']);
    expect(namesOf(read('中国驻大阪总领事馆与大阪府政府联合举办经贸交流会。'), 'organization')).toContain('中国驻大阪总领事馆');
    expect(namesOf(read('日本驻华大使馆和中国常驻联合国代表团。'), 'organization')).toEqual(['中国常驻联合国代表团', '日本驻华大使馆']);
    expect(namesOf(read('我驻汉诺威总领事馆举办招待会。'), 'organization')).toEqual(['驻汉诺威总领事馆']);
  });
  it('leaves a mission whose sender is not written to its host, a place', () => {
    const es = read('欧洲安全与合作组织就接受其驻科索沃使团问题进行磋商。');
    expect(namesOf(es, 'organization')).not.toContain('驻科索沃使团');
  });
  it('reads a university named by its city or as its state’s', () => {
    expect(namesOf(read('东京大学、早稻田大学和首尔大学的学者参加了研讨会。'), 'organization')).toEqual([
      '东京大学',
      '早稻田大学',
      '首尔大学',
    ]);
    expect(namesOf(read('莫斯科国立大学校长萨多夫尼奇获得北京大学名誉博士学位。'), 'organization')).toEqual(['北京大学', '莫斯科国立大学']);
  });
  it('names a foreign company or university without the country written before it, which stays its alias', () => {
    const es = read('德国西门子公司与上海电气集团签署了战略合作协议。');
    expect(entity(es, 'organization', '西门子公司')?.aliases).toEqual(['德国西门子公司']);
    expect(withoutCountry('英国剑桥大学')).toBe('剑桥大学');
    expect(withoutCountry('美国国际集团')).toBeUndefined();
    expect(withoutCountry('美国国务院')).toBeUndefined();
    expect(withoutCountry('中国石油天然气集团有限公司')).toBeUndefined();
  });
  it('ends a body named from a place before another country or city, or a person’s post', () => {
    const es = read('日本首相石破茂在东京会见中国外交部部长王毅。');
    expect(namesOf(es, 'organization')).toEqual(['中国外交部']);
    expect(namesOf(es, 'place')).toEqual(['东京', '日本']);
    expect(namesOf(read('新加坡总理黄循财在新加坡国立大学发表演讲。'), 'organization')).toEqual(['新加坡国立大学']);
  });
});

describe('cities and divisions of the world that no data holds', () => {
  const places = (s: string) => namesOf(read(s), 'place');
  it('a city written right after its country, before what may follow a city', () => {
    expect(places('四川省成都市开通至波兰罗兹的中欧班列。')).toEqual(['四川省', '成都市', '波兰', '罗兹']);
    expect(places('中欧班列从重庆出发，经哈萨克斯坦阿拉木图抵达德国汉诺威。')).toContain('汉诺威');
    expect(places('德国法西斯“乌斯塔夏”军副司令官')).toEqual(['德国']);
    expect(places('美国克林顿政府宣布了新的政策。')).toEqual(['美国']);
  });
  it('a city joined by a list or a route to a city the world data holds', () => {
    expect(places('肯尼亚总统鲁托表示，蒙巴萨至内罗毕标准轨距铁路带动了沿线经济发展。')).toContain('蒙巴萨');
    expect(places('俄罗斯远东地区的哈巴罗夫斯克和符拉迪沃斯托克是重要城市。')).toContain('哈巴罗夫斯克');
  });
  it('a city whose name ends in 堡 (-burg)', () => {
    expect(places('中欧班列从西安出发，经波兰马拉舍维奇抵达德国杜伊斯堡。')).toContain('杜伊斯堡');
  });
  it('a port named by its town, and a division whose parts an em dash joins', () => {
    expect(places('巴基斯坦瓜达尔港和斯里兰卡汉班托塔港是重要项目。')).toEqual(['巴基斯坦', '斯里兰卡', '汉班托塔港', '瓜达尔港']);
    expect(places('德国北莱茵—威斯特法伦州州长维斯特访问了江苏省。')).toContain('北莱茵—威斯特法伦州');
  });
});

describe('international bodies and bodies of other states from the world data', () => {
  const orgs = (s: string) => namesOf(read(s), 'organization');
  it('reads the UN system’s agencies and regional bodies’ organs whole', () => {
    expect(orgs('联合国工业发展组织和联合国贸易和发展会议发布了年度报告。')).toEqual(['联合国工业发展组织', '联合国贸易和发展会议']);
    expect(orgs('非盟委员会主席法基在亚的斯亚贝巴会见了客人。')).toEqual(['非盟委员会']);
  });
  it('reads a ministry of Japan with or without its country, one body', () => {
    const es = read('日本经济产业省发布报告。经济产业省表示将继续调查。');
    expect(entity(es, 'organization', '日本经济产业省')?.aliases).toEqual(['经济产业省']);
  });
});
