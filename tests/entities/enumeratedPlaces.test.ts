import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Names a list closed by 等 and the class of its members vouches for (神奈川、青森等5县): jieba has many of them as a
// person's name or no word at all. Sentences written for the test, in the manner of news and State Council reports.
describe('places: members of a list closed by 等 and a class of places', () => {
  it('reads the members of a list of prefectures, states or villages', () => {
    const places = namesOf(
      entitiesOf(
        '这家公司在神奈川、青森等5县经营交通信号。我们同波兰、德意志民主共和国、匈牙利等国家签订了协定。冲突发生在弗拉诺瓦茨等4个村庄。',
      ),
      'place',
    );
    // A state under its full official name is filed as its country, the German Democratic Republic as 东德 (16d4b8a).
    expect(places).toEqual(expect.arrayContaining(['神奈川', '青森', '东德', '弗拉诺瓦茨']));
  });

  it('reads a list closed by 等地 only when a member is a place already known', () => {
    expect(namesOf(entitiesOf('在山西、两淮、豫西、渭北等地建设煤炭基地。'), 'place')).toEqual(
      expect.arrayContaining(['两淮', '豫西', '渭北']),
    );
  });

  it('reads no member of a list of things (用地、节能等市场准入标准, 用友、新天地等国内企业, 粮食、棉花等农产品)', () => {
    const places = namesOf(
      entitiesOf('严格执行用地、节能、环保、安全等市场准入标准。用友、新天地、四通利方等国内企业发展很快。粮食、棉花等农产品增产。'),
      'place',
    );
    expect(places).toEqual([]);
  });
  it('leaves out a preposition jieba glued to the first member (会同市审计局对凤鸣村、灵安村等8个村: 对|凤鸣村)', () => {
    const places = namesOf(entitiesOf('街道纪工委会同市审计局对凤鸣村、灵安村等8个村的集体“三资”开展专项审计。'), 'place');
    expect(places).toEqual(expect.arrayContaining(['凤鸣村', '灵安村']));
    expect(places).not.toContain('对凤鸣村');
  });
  it('reads the communities and streets of a list closed by 等社区 or 等街道 (a Shenzhen district report)', () => {
    const places = namesOf(entitiesOf('推进岗头、雪象、马安堂等社区城市更新项目7个。'), 'place');
    expect(places).toEqual(expect.arrayContaining(['雪象', '马安堂']));
    expect(namesOf(entitiesOf('进机关、进企业、进学校等社区活动持续开展。'), 'place')).toEqual([]);
  });

  it('reads a text that opens on a 、 before a counted list (、晋江两市: a page cut mid-list), where it had thrown and lost the report', () => {
    const places = namesOf(entitiesOf('、晋江两市加快发展。泉州市委、市政府高度重视民营经济发展。'), 'place');
    expect(places).toContain('晋江');
  });

  it('reads the last member of a list a count closes as the member, where jieba tags the count a place (合川|三区/ns)', () => {
    const found = entitiesOf('永川、江津、合川三区联动发展。');
    expect(namesOf(found, 'place')).toEqual(expect.arrayContaining(['永川区', '江津区', '合川区']));
    expect(namesOf(found, 'place')).not.toContain('合川三区');
  });
});
