import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Roles of players and workers before a name (棋手, 后卫, 司机), a given name jieba filed as another word between a role
// and the mark that closes an item (技师赵|立新/d、), and the items of a list closed by names alike (…检修工何春梅、): all
// missed in news15's award list and sport news.
describe('roles before names, and the items of a list of people', () => {
  it('reads a go player after 棋手 and a guard after 后卫 (news15)', () => {
    expect(namesOf(entitiesOf('韩国棋手申真谞九段在决赛中战胜中国棋手丁浩，夺得应氏杯冠军。'), 'person')).toContain('丁浩');
    expect(namesOf(entitiesOf('金州勇士队后卫库里在对阵湖人队的比赛中投中8记三分球。'), 'person')).toContain('库里');
  });
  it('reads every winner of an award list whose items end in a role and a name (news15)', () => {
    const es = entitiesOf(
      '荣获“全国五一劳动奖章”的有：中国石化镇海炼化公司技师赵立新、国家电网河北电力公司检修工何春梅、广州地铁集团司机钟伟明。',
    );
    expect(namesOf(es, 'person')).toEqual(expect.arrayContaining(['赵立新', '何春梅', '钟伟明']));
  });
  it('reads no name of a verb after a role (会见记者时|表示, news-dev-04)', () => {
    const es = entitiesOf('美国财政部长鲁宾16日在会见记者时表示，近日将派遣财政部副部长萨默斯前往日本。');
    expect(namesOf(es, 'person').sort()).toEqual(['萨默斯', '鲁宾']);
  });
});
