import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences of the lead's probe reports of the eleventh session (a county court's work report, a news dispatch of world
// diplomacy, a town government's work report, a university's annual summary, a city ecology bureau's summary), written
// for the case. Expectations were written before the extractor ran on them.

const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');
const places = (text: string) => namesOf(entitiesOf(text), 'place');
const people = (text: string) => namesOf(entitiesOf(text), 'person');

describe('a verb before a named body is no part of its name', () => {
  it('a verbal noun before the place that opens a company (审理|浙江…有限公司)', () => {
    expect(orgs('妥善审理浙江龙盛纸业有限公司破产重整案，盘活土地312亩。')).toEqual(['浙江龙盛纸业有限公司']);
  });
  it('a verb that sets a body up names no body (海宁市|设立|研究院)', () => {
    expect(orgs('在柯桥区、海宁市设立研究院，服务企业560余家。')).toEqual([]);
    expect(places('在柯桥区、海宁市设立研究院，服务企业560余家。')).toEqual(['柯桥区', '海宁市']);
  });
});

describe('companies of the world by a transliterated name', () => {
  it('reads the whole transliteration though jieba cuts its first character off (道|达尔|能源公司)', () => {
    expect(orgs('两国签署投资协议，涉及道达尔能源公司和法国电力集团等企业。')).toEqual(['法国电力集团', '道达尔能源公司']);
  });
});

describe("the 'central' of another country's bodies", () => {
  it('is no party centre after a foreign city (首尔|中央|地方法院)', () => {
    const text = '韩国首尔中央地方法院当天驳回了前总统尹锡悦的保释申请。';
    expect(orgs(text)).not.toContain('党中央');
    expect(people(text)).toEqual(['尹锡悦']);
  });
});

describe('a company whose name is withheld', () => {
  it('takes no trade word after 某 for a brand (云南某|建材有限公司)', () => {
    expect(orgs('对云南某建材有限公司超标排放行为立案查处，罚款48万元。')).toEqual([]);
  });
});

describe('foreign universities', () => {
  it('go by their own name without the country before them, whether jieba knows them whole or not', () => {
    const found = entitiesOf('学校与英国曼彻斯特大学、美国北卡罗来纳州立大学签署联合培养协议。').filter((e) => e.type === 'organization');
    expect(found.map((e) => e.name).sort()).toEqual(['北卡罗来纳州立大学', '曼彻斯特大学']);
  });
});

describe('zones named by a county', () => {
  it('reads a development zone named by a county’s short name', () => {
    expect(places('在龙游经济开发区设立共享法庭，为园区企业提供法律服务213次。')).toEqual(['龙游经济开发区']);
  });
});

describe('a company named in full once and by its brand elsewhere', () => {
  it('is one company under its full name (华为技术有限公司 … 华为)', () => {
    const text =
      '华为技术有限公司轮值董事长徐直军在深圳发布新一代芯片。据介绍，该芯片由华为设计。宁德时代新能源科技股份有限公司与宝马集团签署协议，宁德时代董事长曾毓群出席。';
    const found = entitiesOf(text).filter((e) => e.type === 'organization');
    expect(found.map((e) => [e.name, e.aliases]).sort()).toEqual([
      ['华为技术有限公司', ['华为']],
      ['宁德时代新能源科技股份有限公司', ['宁德时代']],
      ['宝马集团', []],
    ]);
  });
  it('keeps the brand apart where two companies of the report open with it', () => {
    const text = '华为技术有限公司和华为终端有限公司参展。华为展出了新手机。';
    expect(orgs(text)).toEqual(['华为', '华为技术有限公司', '华为终端有限公司']);
  });
});

describe('words glued before a body', () => {
  it('takes 其 (its) off a company jieba glued it to (其云|智能集团)', () => {
    expect(orgs('据阿里巴巴集团发布的财报，其云智能集团季度收入同比增长26%。')).toEqual(['云智能集团', '阿里巴巴集团']);
  });
  it('reads no bare department after two fields joined by 和 (工业和安全局 of a ministry)', () => {
    expect(orgs('美国商务部工业和安全局当天更新了出口管制实体清单。')).not.toContain('安全局');
  });
});

describe("an autonomous prefecture's own bodies by its level word 州", () => {
  it('reads the department and the hospital of the prefecture whose report it is', () => {
    const text = '阿坝藏族羌族自治州人民政府工作报告。州人民医院与四川大学华西医院共建医学中心。州公安局开展专项行动。';
    expect(orgs(text)).toEqual([
      '四川大学华西医院',
      '阿坝藏族羌族自治州人民医院',
      '阿坝藏族羌族自治州人民政府',
      '阿坝藏族羌族自治州公安局',
    ]);
  });
  it('reads no such body in a report of no prefecture (州 ends 广州 and 杭州)', () => {
    expect(orgs('全省州人民医院均已达标。')).toEqual([]);
  });
});

describe('the governments of the special administrative regions', () => {
  it('go by their official name, with no 人民 in it', () => {
    expect(orgs('香港特别行政区政府推出新措施。澳门特别行政区政府表示支持。')).toEqual(['澳门特别行政区政府', '香港特别行政区政府']);
  });
});

describe('people named before their academic rank', () => {
  it('reads a name jieba does not know before 副教授, 副研究员 or 讲师 as before 教授', () => {
    expect(people('服装学院刘丽娴副教授入选青年拔尖人才。')).toEqual(['刘丽娴']);
    expect(people('张华副研究员和李明讲师参加了评审。')).toEqual(['张华', '李明']);
  });
  it('reads no name before a rank that names a post to fill', () => {
    expect(people('学院招聘英语讲师岗位3个。')).toEqual([]);
  });
});
