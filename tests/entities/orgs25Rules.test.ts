import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Rules found on the orgs25 news set (tests/fixtures/orgs25), tried here on sentences written for them.

describe('a zone’s working committees named by the zone (orgs25)', () => {
  it('reads a named zone’s 纪工委 and 党工委 as one body with the zone', () => {
    const names = namesOf(entitiesOf('宁波高新区纪工委通报了2起问题，杭州经济技术开发区党工委召开专题会议。'), 'organization');
    expect(names).toEqual(expect.arrayContaining(['宁波高新区纪工委', '杭州经济技术开发区党工委']));
  });

  it('reads no body from the zone’s kind alone before 纪工委', () => {
    expect(namesOf(entitiesOf('开发区纪工委要加强监督。'), 'organization')).toEqual([]);
  });
});

describe('a team the central commission and the supervisory body send together (orgs25)', () => {
  it('names the team with both senders, not the commission apart', () => {
    const names = namesOf(entitiesOf('中央纪委国家监委驻中国农业银行纪检监察组通报了3起典型问题。'), 'organization');
    expect(names).toEqual(['中央纪委国家监委驻中国农业银行纪检监察组']);
  });
});

describe('a state builder’s numbered bureaus and the companies named after them (orgs25)', () => {
  it('reads a bureau by its group’s short name and number, with the company after it', () => {
    const names = namesOf(entitiesOf('中铁十一局三公司承建的高铁站今日开工，中建八局总承包公司负责站房施工。'), 'organization');
    expect(names).toEqual(expect.arrayContaining(['中铁十一局三公司', '中建八局总承包公司']));
  });

  it('reads a bureau named by its trade’s character and one written after the group’s listed name', () => {
    const names = namesOf(entitiesOf('中交一公局和中国电建水电十局分别中标两个标段。'), 'organization');
    expect(names).toEqual(expect.arrayContaining(['中交一公局', '中国电建水电十局']));
    expect(names).not.toContain('中国电建');
  });

  it('reads no bureau where 中 and a number open no group’s name', () => {
    const names = namesOf(entitiesOf('会上，中心一局面向社会开放，中华三局棋赛同日举行。'), 'organization');
    expect(names.some((n) => /[三一]局/.test(n))).toBe(false);
  });
});

describe('a numbered bureau’s short name after its name in full (orgs25)', () => {
  it('reads 中建七局 as the 中国建筑第七工程局有限公司 named before it', () => {
    const es = entitiesOf('中标人为中国建筑第七工程局有限公司。中建七局方面表示，将尽快组建项目部。');
    expect(namesOf(es, 'organization')).toEqual(['中国建筑第七工程局有限公司']);
  });
});

describe('stock exchanges by their short names (orgs25)', () => {
  it('reads 上交所 and 深交所 alone, and as the exchange the text names in full', () => {
    expect(namesOf(entitiesOf('上交所和深交所当天分别发布通知。'), 'organization')).toEqual(['上交所', '深交所']);
    const es = entitiesOf('上海证券交易所发布数据。上交所有关负责人表示，科创板运行平稳。');
    expect(namesOf(es, 'organization')).toEqual(['上海证券交易所']);
  });

  it('reads nothing where 交 ends a verb before 所', () => {
    expect(namesOf(entitiesOf('申请人应提交所需材料，移交所属部门办理。'), 'organization')).toEqual([]);
  });
});

describe('a bank’s branches, counters and offices (orgs25)', () => {
  it('reads a branch after a listed bank’s short name (建行, 工行)', () => {
    const names = namesOf(entitiesOf('建行浙江省分行和工行江苏省分行联合开展培训。'), 'organization');
    expect(names).toEqual(expect.arrayContaining(['建行浙江省分行', '工行江苏省分行']));
    expect(names).not.toContain('浙江省分行');
  });

  it('reads a branch named by a name without its bank, with its counter or office', () => {
    const names = namesOf(entitiesOf('即日起，桐乡支行营业部、海宁支行硖石分理处周末照常营业。'), 'organization');
    expect(names).toEqual(expect.arrayContaining(['桐乡支行营业部', '海宁支行硖石分理处']));
  });

  it('reads a county’s rural commercial bank by the short form 农商行', () => {
    expect(namesOf(entitiesOf('会上，郯城农商行介绍了县域网点的布局。'), 'organization')).toEqual(['郯城农商行']);
  });

  it('reads no branch from a kind’s word before 支行', () => {
    expect(namesOf(entitiesOf('各支行、分理处要做好服务，部分支行营业部延长营业时间。'), 'organization')).toEqual([]);
  });
});

describe('fund managers by their names and 基金 (orgs25)', () => {
  it('reads a fund manager jieba reads as a person or does not know, not the person', () => {
    const es = entitiesOf('易方达基金基金经理张坤表示看好消费，嘉实基金也上调了配置。');
    expect(namesOf(es, 'organization')).toEqual(expect.arrayContaining(['易方达基金', '嘉实基金']));
    expect(namesOf(es, 'person')).toEqual(['张坤']);
  });

  it('reads no fund manager from a kind of fund or what a pronoun refers to', () => {
    const traps = '一是城市更新基金落地，二是基金运行压力加大。织密基金监管网。';
    expect(namesOf(entitiesOf(traps), 'organization')).toEqual([]);
    const names = namesOf(
      entitiesOf('公募基金和私募基金规模上升，社保基金运行平稳，医保基金收支平衡，其愿景基金录得盈利。'),
      'organization',
    );
    expect(names).toEqual([]);
  });
});

describe('a group’s company of a trade (orgs25)', () => {
  it('reads 京东物流 as a body of its own, not 京东', () => {
    const es = entitiesOf('京东集团发布财报。京东物流表示，其仓库当天均满负荷运转。');
    expect(namesOf(es, 'organization')).toEqual(expect.arrayContaining(['京东集团', '京东物流']));
  });

  it('keeps the group where the trade’s word runs on into a place or a thing', () => {
    const names = namesOf(entitiesOf('京东集团发布财报。京东物流园区当天开园。'), 'organization');
    expect(names).not.toContain('京东物流');
  });
});
