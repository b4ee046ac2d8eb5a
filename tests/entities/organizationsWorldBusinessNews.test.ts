import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Bodies of world and business news (sentences written for these rules in the style of Xinhua and wire news).
const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('organizations of world and business news', () => {
  it('reads a state’s central bank by the state and 央行 alone, one to a country, not the country as a place', () => {
    expect(orgs('高盛集团分析师预计，日本央行将在年内退出负利率政策。')).toContain('日本央行');
    expect(places('高盛集团分析师预计，日本央行将在年内退出负利率政策。')).not.toContain('日本');
    expect(orgs('俄罗斯央行宣布维持基准利率不变，英国央行则下调利率。')).toEqual(expect.arrayContaining(['俄罗斯央行', '英国央行']));
    expect(orgs('各国央行纷纷降息。')).toEqual([]);
  });

  it('reads a state’s federal agency as one body with the state, not its bare bureau (德国联邦|统计局)', () => {
    expect(orgs('德新社报道说，德国联邦统计局公布的数据显示，德国去年经济萎缩。')).toEqual(
      expect.arrayContaining(['德国联邦统计局', '德新社']),
    );
    expect(orgs('德新社报道说，德国联邦统计局公布的数据显示，德国去年经济萎缩。')).not.toContain('统计局');
    expect(orgs('波音公司表示，已配合美国联邦航空管理局完成了安全检查。')).toContain('美国联邦航空管理局');
  });

  it('reads a company after the part it plays in its trade, not the trade in its name (汽车制造商|大众汽车集团)', () => {
    const text = '德国汽车制造商大众汽车集团宣布，将关闭国内两家工厂。';
    expect(orgs(text)).toEqual(['大众汽车集团']);
    expect(places(text)).toEqual(['德国']);
  });

  it('reads a brand jieba does not know as a company before its chief officer or its shares, not a coin or a sector', () => {
    expect(orgs('特斯拉首席执行官马斯克在社交媒体上称，新车型将于明年投产。')).toEqual(['特斯拉']);
    expect(orgs('摩根大通首席执行官戴蒙警告说，通胀压力可能更持久。')).toEqual(['摩根大通']);
    expect(orgs('比特币市值突破万亿美元，科技股股价普涨。')).toEqual([]);
  });
});
