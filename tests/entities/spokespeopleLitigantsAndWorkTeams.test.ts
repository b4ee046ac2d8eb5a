import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Three readings of news (newsgap27), each failing on main before its rule: a spokesperson's name of any surname after
// 发言人 (a post, as 局长 is); a company after a litigant's role (原告, 被告) without the role; a post's holder who leads a
// team (部长王祥喜率工作组) no word of a unit's name. Sentences written for this test, not taken from a report or the news set.

const read = (s: string) => {
  const es = entitiesOf(s);
  return { people: namesOf(es, 'person'), orgs: namesOf(es, 'organization') };
};

describe('a spokesperson named after 发言人', () => {
  it('reads a name of a rarer surname, as after any post', () => {
    expect(read('国家卫生健康委员会新闻发言人米锋表示，冬季呼吸道疾病进入高发期。')).toEqual({
      people: ['米锋'],
      orgs: ['国家卫生健康委员会'],
    });
    expect(read('商务部新闻发言人何亚东在例行发布会上表示。').people).toEqual(['何亚东']);
  });
  it('reads no name where none follows', () => {
    expect(read('新闻发言人制度不断完善，发言人表示将继续推进。').people).toEqual([]);
  });
});

describe('a company after a litigant’s role', () => {
  it('names the company without 原告 or 被告', () => {
    expect(read('法院判令被告阿里巴巴集团控股有限公司赔偿原告腾讯科技有限公司经济损失。').orgs).toEqual([
      '腾讯科技有限公司',
      '阿里巴巴集团控股有限公司',
    ]);
    expect(read('原告华为技术有限公司诉称，被告侵犯了其商业秘密。').orgs).toEqual(['华为技术有限公司']);
  });
});

describe('a post’s holder who leads a team', () => {
  it('ends the body before the post, and reads the holder', () => {
    expect(read('应急管理部部长王祥喜率工作组赶赴现场指导抢险救援。')).toEqual({ people: ['王祥喜'], orgs: ['应急管理部'] });
    expect(read('国务院副秘书长张建国率工作组赶赴灾区。')).toEqual({ people: ['张建国'], orgs: ['国务院'] });
  });
});
