import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

const orgs = (s: string) => namesOf(entitiesOf(s), 'organization');

// The democratic parties' committees (data: src/entities/data/democraticParties.ts), on sentences written for the rule.
describe('organizations: the committees of the democratic parties', () => {
  it('reads a level committee written without its place, and no party committee inside it', () => {
    expect(orgs('民进市委会召开全体委员会议。')).toEqual(['民进市委会']);
    expect(orgs('致公党省委会向大会提交提案。')).toEqual(['致公党省委会']);
  });

  it('reads a committee after its place, short or full, under a full or a short party name', () => {
    expect(orgs('民盟温州市委会开展助学活动。')).toEqual(['民盟温州市委会']);
    expect(orgs('中国民主同盟浙江省委员会召开全会。')).toEqual(['中国民主同盟浙江省委员会']);
    expect(orgs('台盟广东省委会组织调研。')).toEqual(['台盟广东省委会']);
    expect(orgs('农工党新疆区委会主委出席会议。')).toEqual(['农工党新疆区委会']);
  });

  it('reads a party centre, not the party centre of the Communist Party', () => {
    expect(orgs('民进中央副主席在会上发言。')).toEqual(['民进中央']);
    expect(orgs('九三学社中央委员会召开常委会议。')).toContain('九三学社中央委员会');
    expect(orgs('九三学社中央委员会召开常委会议。')).not.toContain('党中央');
  });
});
