import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

const places = (text: string, ...names: string[]) => names.map((n) => makeEntity('place', n, text));

// Sentences of the thirtieth held-out set (puyang-economic-development-zone-2024, a development zone's 党工委 巡察整改通报) and
// written for these tests: a second disciplinary case opened after ；, a village cadre's case, a village's collective income.
describe('linkReport: a disciplinary case opened after 对…问题进行查处', () => {
  it('gives the second case’s sums to its cadre and the village in his post, not to the first case’s person (puyang)', () => {
    const text =
      '开发区纪工委对新习镇原副镇长李振江在征地补偿中收受好处费问题立案审查，给予其开除党籍处分，收缴违纪所得15.6万元；对胡村乡北胡村原党支部书记王保全虚报冒领征迁补偿款问题进行查处，追缴资金28.3万元。';
    const entities = [
      makeEntity('organization', '中共濮阳经济技术开发区纪律工作委员会', text, ['开发区纪工委']),
      ...places(text, '新习镇', '胡村乡', '北胡村'),
      makeEntity('person', '李振江', text),
      makeEntity('person', '王保全', text),
    ];
    expect(figureLinks(text, entities)).toEqual([
      ['15.6万元', ['李振江']],
      ['28.3万元', ['胡村乡', '北胡村', '王保全']],
    ]);
  });

  it('reads a village committee’s head as a village cadre, and a town officer’s case as his own', () => {
    const text = '对丰谷镇齐心村原村委会主任杨德富侵占集体资金问题予以查处，追缴资金23.6万元。';
    const entities = [...places(text, '丰谷镇', '齐心村'), makeEntity('person', '杨德富', text)];
    expect(figureLinks(text, entities)).toEqual([['23.6万元', ['丰谷镇', '齐心村', '杨德富']]]);
    const town = '对城关镇原副镇长刘明远收受礼金问题立案审查，收缴违纪款3.2万元。';
    expect(figureLinks(town, [...places(town, '城关镇'), makeEntity('person', '刘明远', town)])).toEqual([['3.2万元', ['刘明远']]]);
  });

  it('keeps the parties of one case together within a clause run without ；', () => {
    const text = '对犯罪嫌疑人张建平立案侦查，对犯罪嫌疑人刘海燕依法提起公诉，追缴赃款46万元。';
    const entities = [makeEntity('person', '张建平', text), makeEntity('person', '刘海燕', text)];
    expect(figureLinks(text, entities)).toEqual([['46万元', ['张建平', '刘海燕']]]);
  });
});

describe('linkReport: the collective income a clause says the work adds is the village’s', () => {
  it('gives 年增加村集体收入 to the village, not to the partner of the joint building (puyang)', () => {
    const text = '胡村乡张田楼村与濮阳恒润新材料有限公司合作建设标准化厂房1.2万平方米，年增加村集体收入36万元。';
    const entities = [...places(text, '胡村乡', '张田楼村'), makeEntity('organization', '濮阳恒润新材料有限公司', text)];
    expect(figureLinks(text, entities)).toEqual([
      ['1.2万平方米', ['胡村乡', '张田楼村', '濮阳恒润新材料有限公司']],
      ['36万元', ['胡村乡', '张田楼村']],
    ]);
  });

  it('keeps the person who drove the income where the clause says 带动 (永新)', () => {
    const text = '龙源口镇桥头村党支部书记、退役军人李卫东带领村民发展井冈蜜柚产业，种植面积达1200亩，带动村集体年增收18万元。';
    const entities = [...places(text, '龙源口镇', '桥头村'), makeEntity('person', '李卫东', text)];
    expect(figureLinks(text, entities)).toEqual([
      ['1200亩', ['龙源口镇', '桥头村', '李卫东']],
      ['18万元', ['龙源口镇', '桥头村', '李卫东']],
    ]);
  });
});

// The thirtieth held-out set's 九江 report (a 住房和城乡建设局党组's 巡察整改通报) and sentences written for these tests.
describe('linkReport: the places a clause urges to found something do it', () => {
  it('links the 街道 and 社区 urged to found an alliance to what it takes in, after a clause of the city’s counts (九江)', () => {
    const text = '在全市128家物业服务企业中组建党组织41个，推动甘棠街道滨江社区、人民路街道湓浦社区建立“红色物业”联盟，吸纳物业企业19家。';
    expect(figureLinks(text, places(text, '甘棠街道', '滨江社区', '人民路街道', '湓浦社区'))).toEqual([
      ['128家', []],
      ['41个', []],
      ['19家', ['甘棠街道', '滨江社区', '人民路街道', '湓浦社区']],
    ]);
  });

  it('reads 督促 and 指导, and not places pushed to no founding (推动…协同发展 is what is pushed)', () => {
    const text = '全年新建党组织23个，指导新习镇成立农民专业合作社联合会，吸纳合作社36家。';
    expect(figureLinks(text, places(text, '新习镇'))).toEqual([
      ['23个', []],
      ['36家', ['新习镇']],
    ]);
    const pushed = '全年签约项目8个，推动王助镇、新习镇协同发展，新增就业岗位1200个。';
    expect(figureLinks(pushed, places(pushed, '王助镇', '新习镇'))).toEqual([
      ['8个', []],
      ['1200个', []],
    ]);
  });
});
