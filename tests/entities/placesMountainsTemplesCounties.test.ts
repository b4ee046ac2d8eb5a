import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences written for this test (helper places10), not taken from a report, a news text or the places10 set.
const places = (text: string) => namesOf(entitiesOf(text), 'place');
const people = (text: string) => namesOf(entitiesOf(text), 'person');

describe('a one-character county after its province or city', () => {
  it('reads the county whose character is a function word elsewhere (和县)', () => {
    expect(places('马鞍山市和县推进江海联运。')).toEqual(['和县', '马鞍山市']);
    expect(places('来自安徽和县的菜农在展会上签约。')).toEqual(['和县', '安徽省']);
  });
  it('reads no county out of 和 joining two words', () => {
    expect(places('乡镇和县直单位要落实主体责任。')).toEqual([]);
  });
  it('reads a county listed after another whatever jieba glued to its first character (于田县)', () => {
    expect(places('策勒县、于田县实施光伏扶贫项目。')).toEqual(['于田县', '策勒县']);
  });
});

describe('temples with no place before them', () => {
  it('reads a temple jieba lists as a person or a common noun (寒山寺/nr, 报国寺/n)', () => {
    expect(places('游客在寒山寺、报国寺祈福。')).toEqual(['寒山寺', '报国寺']);
    expect(people('游客在寒山寺、报国寺祈福。')).toEqual([]);
  });
  it('reads a temple named by a noun and 寺 standing as a word (筇竹|寺)', () => {
    expect(places('筇竹寺的泥塑罗汉被列为重点保护文物。')).toEqual(['筇竹寺']);
  });
  it('reads no temple out of a kind of temple', () => {
    expect(places('对清真寺、喇嘛寺开展消防检查。')).toEqual([]);
  });
});

describe('mountains and landforms named without a suffix the gazetteer knows', () => {
  it('reads two-character mountains jieba knows (华山, 恒山), not words with 山 (上山, 登山, 江山)', () => {
    expect(places('华山、恒山实行分时预约。')).toEqual(expect.arrayContaining(['华山', '恒山']));
    expect(places('群众上山下山更加方便，登山步道全面贯通，大好江山。')).toEqual([]);
  });
  it('reads no mountain that opens a longer name (灵山江, 香山路)', () => {
    expect(places('灵山江水质稳定达标。')).not.toContain('灵山');
  });
  it('reads a mountain whose name opens with a numeral (五台山, 六盘山)', () => {
    expect(places('五台山、九华山香客明显增多。')).toEqual(['九华山', '五台山']);
  });
  it('reads a mountain jieba takes for a person by its slopes or by a mountain listed beside it', () => {
    expect(places('大青山南麓生态修复工程完工。')).toEqual(['大青山']);
    expect(places('大别山、大洪山区域交通网络加快完善。')).toEqual(expect.arrayContaining(['大别山', '大洪山']));
    expect(people('大别山、大洪山区域交通网络加快完善。')).toEqual([]);
  });
  it('reads the range, not a district, in the area named after it (乌蒙山片区)', () => {
    expect(places('乌蒙山片区和滇西边境片区的贫困县全部摘帽。')).toContain('乌蒙山');
    expect(places('乌蒙山片区和滇西边境片区的贫困县全部摘帽。')).not.toContain('乌蒙山片区');
  });
  it('reads a desert, a fall or a strip by the name before it (腾格里|沙漠, 加沙|地带)', () => {
    expect(places('腾格里沙漠边缘的治沙站扩建完成。')).toEqual(['腾格里沙漠']);
    expect(places('德天瀑布水量充沛。')).toEqual(['德天瀑布']);
    expect(places('加沙地带人道主义局势恶化。')).toEqual(['加沙地带']);
  });
  it('reads a corridor jieba knows whole (河西走廊)', () => {
    expect(places('河西走廊风电项目并网发电。')).toEqual(['河西走廊']);
  });
  it('still reads the people of a list of names ending in 山', () => {
    expect(people('刘青山、张子善案件警示教育大会召开。')).toEqual(['刘青山', '张子善']);
  });
});
