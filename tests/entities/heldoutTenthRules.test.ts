import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf } from './entityTestKit.ts';

// Rules written after the tenth held-out set's first run (a county 水利局's summary and a city 民族宗教事务局's summary),
// each on sentences written for the rule, not taken from the reports.
describe('a township of a people by its short name', () => {
  it('reads 于家务乡 as the 于家务回族乡 the report named in full, one place', () => {
    const e = entitiesOf('通州区于家务回族乡建成民族团结广场。于家务乡新建文化活动室3处。');
    expect(namesOf(e, 'place')).toEqual(['于家务回族乡', '通州区']);
    expect(entity(e, 'place', '于家务回族乡')?.aliases).toContain('于家务乡');
  });
  it('tells apart two townships of one short name by the report’s places (青林乡 of 钟山区, not of 大通县)', () => {
    const e = entitiesOf('钟山区青林苗族彝族乡发展特色产业。青林乡新建蔬菜基地500亩。');
    expect(entity(e, 'place', '青林苗族彝族乡')?.aliases).toContain('青林乡');
    expect(namesOf(e, 'place')).not.toContain('青林乡');
  });
  it('splits no word of the language for a short name (加大|水乡, not 加|大水乡 of 大水彝族苗族布依族乡)', () => {
    expect(namesOf(entitiesOf('三是加大水乡新城建设力度。'), 'place')).not.toContain('大水彝族苗族布依族乡');
  });
});

describe('works, grounds and places of worship named by the word before their class noun', () => {
  const places = (text: string) => namesOf(entitiesOf(text), 'place');
  it('reads reservoirs named by a word jieba does not know, by a word after their town, and by characters it could not join', () => {
    expect(places('全市完成梅岭水库等12座小型水库除险加固。')).toContain('梅岭水库');
    expect(places('黄田镇东风水库和花桥镇幸福水库完成大坝安全鉴定。')).toEqual(['东风水库', '幸福水库', '花桥镇', '黄田镇'].sort());
  });
  it('reads no reservoir or park from a word for a kind of them', () => {
    const found = places('全县小型水库、山塘水库和平原水库都要落实管护责任，新建水库3座，创建国家森林公园2个。');
    expect(found.filter((p) => /水库|公园/.test(p))).toEqual([]);
  });
  it('reads a forest park, a scenic area and a wetland park whole, a numeral opening the name (万佛山)', () => {
    const found = places('游客游览天堂寨国家森林公园、万佛山风景区和巢湖半岛国家湿地公园。');
    expect(found).toContain('天堂寨国家森林公园');
    expect(found).toContain('万佛山风景区');
    expect(found).not.toContain('佛山风景区');
  });
  it('reads a temple named by a word before 寺 and one word jieba did not know, and a mosque named by its village', () => {
    const found = places('修缮古梅寺和桃川宫，维修沙洲村清真寺。');
    expect(found).toContain('古梅寺');
    expect(found).toContain('桃川宫');
    expect(found).toContain('沙洲村清真寺');
  });
  it('reads a village named after a temple as the village, not the temple', () => {
    const found = places('北关镇青龙寺村新建文化广场，邵家寺村发展民宿。');
    expect(found).toContain('青龙寺村');
    expect(found).not.toContain('青龙寺');
  });
});

describe('villages after their town and rivers in a list', () => {
  const places = (text: string) => namesOf(entitiesOf(text), 'place');
  it('reads a village whose place word opens with a word of position right after its town (城关镇|后湖/ns|村), not a lake', () => {
    expect(places('城关镇后湖村村民刘明在村口。')).toEqual(['城关镇', '后湖村'].sort());
  });
  it('ends a village at its own 村 where jieba joined it to the 村 of 村级 (白沙|村村|级)', () => {
    expect(places('金牛镇白沙村村级河长刘明开展巡河。')).toEqual(['白沙村', '金牛镇'].sort());
  });
  it('reads a river named by an ordinary word where a list of rivers vouches for it (清水河、丰收|河)', () => {
    expect(places('治理清水河、丰收河、太平河。')).toEqual(['丰收河', '太平河', '清水河'].sort());
  });
  it('reads no place from the ordinal of a list of points (二是|山区)', () => {
    expect(places('三是山区群众增收渠道不宽。')).toEqual([]);
  });
});

describe('a level’s associations, headquarters and stations; clergy and villagers; projects by their stage', () => {
  it('reads a level’s religious and research associations and its flood headquarters, station and 河长 office', () => {
    const orgs = namesOf(
      entitiesOf('市天主教爱国会、市基督教两会和市道教文化研究会联合举办培训。县防汛抗旱指挥部、县河长办开展巡查，县水文管理站参加。'),
      'organization',
    );
    for (const o of ['市天主教爱国会', '市基督教两会', '市道教文化研究会', '县防汛抗旱指挥部', '县河长办', '县水文管理站'])
      expect(orgs.some((n) => n.endsWith(o.slice(1)))).toBe(true);
  });
  it('reads no body from a bare headquarters or 两会', () => {
    expect(namesOf(entitiesOf('县指挥部要求各乡镇做好准备，市两会期间加强值守。'), 'organization')).toEqual([]);
  });
  it('reads clergy named before their title, a monastic name with 释 too, and a villager after 村民', () => {
    const people = namesOf(entitiesOf('灵隐寺住持释光明法师主持法会，马德清阿訇出席，石桥镇河口村村民张德兵在河道采砂。'), 'person');
    expect(people).toEqual(['张德兵', '释光明', '马德清'].sort());
    expect(namesOf(entitiesOf('全体牧师和神父参加培训，各位法师出席。'), 'person')).toEqual([]);
  });
  it('reads a project known by its stage after its section, or by 完工, without the verb that begins it', () => {
    const campaigns = namesOf(
      entitiesOf('淮河干流治理工程（凤台段）完成投资3亿元。沙河综合治理工程完工。明年开工建设淮河干流治理工程二期。'),
      'campaign',
    );
    expect(campaigns).toEqual(['沙河综合治理工程', '淮河干流治理工程'].sort());
  });
  it('reads no campaign with the verb that holds an event (举办|节水宣传周)', () => {
    const campaigns = namesOf(entitiesOf('县水利局举办节水宣传周，在滨河公园举办宣传月启动仪式。'), 'campaign');
    expect(campaigns.filter((c) => c.includes('举办'))).toEqual([]);
  });
});
