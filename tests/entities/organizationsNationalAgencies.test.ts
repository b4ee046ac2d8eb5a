import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

const orgs = (s: string) => namesOf(entitiesOf(s), 'organization');

// The State Council's agencies named by their field, on sentences written for the rule.
describe('organizations: national agencies named by their field', () => {
  it('reads 国家, a field and a bureau, administration or commission', () => {
    expect(orgs('国家医疗保障局印发通知。')).toEqual(['国家医疗保障局']);
    expect(orgs('该行被国家金融监督管理总局罚款250万元。')).toEqual(['国家金融监督管理总局']);
    expect(orgs('经国家林业和草原局批准设立。')).toEqual(['国家林业和草原局']);
  });

  it('reads a general administration without 国家 where nothing names its place', () => {
    expect(orgs('三家企业被市场监管总局约谈。')).toEqual(['市场监管总局']);
  });

  it('reads no word of the language that ends like a bureau', () => {
    expect(orgs('服务国家发展大局，融入国家发展全局。')).toEqual([]);
    expect(orgs('国家格局深刻调整。')).toEqual([]);
  });
});
