import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';
import { foldText } from '../../src/text/foldText.ts';

const orgs = (text: string, folded = text) => namesOf(entitiesOf(text, folded), 'organization');

// Sentences of the State Council's work reports (gwr-1954 … gwr-2016) and sentences written for the rules.
describe('national bodies jieba knows by name', () => {
  it('reads the bare 全国人民代表大会, also in traditional script, and of a term (gwr-1978, gwr-1954)', () => {
    expect(orgs('我们这次全国人民代表大会以前，全国各地都进行了选举。')).toEqual(['全国人民代表大会']);
    const text = '我們第一届全國人民代表大會第一次會議，在聽了劉少奇同志的報告以後';
    expect(namesOf(entitiesOf(text, foldText(text)), 'organization')).toEqual(['第一届全国人民代表大会']);
  });
  it('reads armed forces named by their cause or arm, not 党政军 (gwr-1964, gwr-1994, gwr-1978)', () => {
    expect(orgs('人民解放军和民兵，在保卫祖国的安全方面作出了贡献。')).toEqual(['中国人民解放军']);
    expect(orgs('切实加强人民武装警察部队和公安、安全部门建设。')).toEqual(['人民武装警察部队']);
    expect(orgs('把矛头指向一大批党政军负责干部。')).toEqual([]);
  });
});

describe('bodies jieba cuts into ordinary words', () => {
  it('reads ministries named for an industry, not a count of them (gwr-1956, gwr-1958)', () => {
    expect(orgs('只就煤炭工业部、电力工业部、纺织工业部、轻工业部八个工业部统计。')).toEqual([
      '煤炭工业部',
      '电力工业部',
      '纺织工业部',
      '轻工业部',
    ]);
    expect(orgs('建筑材料工业部和森林工业部共有三十三个建设项目。各工业部门技术水平提高。')).toEqual(['建筑材料工业部', '森林工业部']);
  });
  it('reads a national committee or fund, not a clause (gwr-1958, gwr-2016)', () => {
    expect(orgs('国家经济委员会和国家技术委员会应当把这些问题研究解决。')).toEqual(['国家技术委员会', '国家经济委员会']);
    expect(orgs('设立国家新兴产业创业投资引导基金。国家设立基金支持创业。')).toEqual(['国家新兴产业创业投资引导基金']);
  });
  it('reads a forum named by the places that hold it (gwr-2016)', () => {
    expect(orgs('成功举行中非合作论坛峰会、中欧领导人会晤。要开好各种会议、庆典和论坛。')).toEqual(['中非合作论坛']);
  });
});
