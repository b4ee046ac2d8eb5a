import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { entitiesOf } from './entityTestKit.ts';

// Rules written for people25 (tests/fixtures/people25) and for the known misses of earlier sets, tried here on sentences
// of the same kinds written apart from them: appointment notices, a judgment's header, a village's table of households,
// doubles pairs, dotted foreign names, kin, writers known by pen names, names glued to the verb of a post.

const people = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

const ofReport = (content: string, type = 'person') =>
  extractReport({ path: 'r.txt', file: 'r.txt', format: 'txt', encoding: 'UTF-8', content, meta: {} })
    .entities.filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();

describe('an appointment notice names whom it appoints and removes', () => {
  it('reads a name with a note in brackets before 为, its surname in no list', () => {
    expect(people('任命卯光荣（男，布依族，1984年2月生，贵州安顺人）为县林业局副局长，试用期一年。')).toContain('卯光荣');
  });
  it('reads the names of a removal listed before 的', () => {
    expect(people('免去区嘉明、谭晓东的镇党委委员职务。')).toEqual(['区嘉明', '谭晓东']);
  });
  it('reads a name that opens a clause, the verb of the post glued to the level after it, and no county', () => {
    const content = '经研究决定：\n龚卫国任县审计局党组书记。';
    expect(ofReport(content)).toEqual(['龚卫国']);
    expect(ofReport(content, 'place')).toEqual([]);
  });
  it('reads the second of two names after one post, the verb glued to it', () => {
    expect(people('成立以局长孙建平任组长，副局长余志刚、黄丽娟任副组长的工作专班。')).toEqual(['余志刚', '孙建平', '黄丽娟']);
  });
  it('reads a name jieba cut before 新任 as the report writes it whole elsewhere', () => {
    const content = '副局长吴海霞、周立新任副组长。\n序号　事项　责任人\n1　信访积案化解　周立新';
    expect(ofReport(content)).toEqual(['吴海霞', '周立新']);
  });
});

describe('a judgment and a village notice hold names in their fields and columns', () => {
  it('reads the counsel after the field of a judgment, not the company of a party', () => {
    const content = ['原告：韦秀珍，女，1971年5月3日出生。', '委托诉讼代理人：向前进，系原告之夫。', '被告：柳州顺达运输有限公司。'].join(
      '\n',
    );
    expect(ofReport(content)).toEqual(['向前进', '韦秀珍']);
  });
  it('reads a post written as a field, not a speech after a post', () => {
    expect(ofReport('村监委会主任：卢德昌　电话：13800000000\n村委会')).toEqual(['卢德昌']);
    expect(ofReport('主任：李明说。')).toEqual([]);
  });
  it('reads the householders of a table under its header, a padded name without its space', () => {
    const content = ['序号　户主姓名　人口　补贴金额', '1　覃德昌　3　1200', '2　蒙　芳　2　800', '合计：2户5人。'].join('\n');
    expect(ofReport(content)).toEqual(['蒙芳', '覃德昌']);
  });
  it('reads a worker after a trade’s noun jieba does not know', () => {
    expect(people('城关供电所抄表员谢秋菊多次漏抄电量。')).toEqual(['谢秋菊']);
  });
  it('reads a helper after the role a notice gives them, and a village cadre sent to help', () => {
    expect(people('由帮扶责任人严冠军负责跟踪。')).toEqual(['严冠军']);
    expect(people('深圳市帮扶干部李贵阳在当地挂职。')).toEqual(['李贵阳']);
  });
});

describe('sport and science name pairs and foreigners', () => {
  it('reads both names of a doubles pair joined by a slash, jieba cutting them otherwise', () => {
    expect(people('男双比赛中，梁伟铿／王昶以2比0取胜。')).toEqual(['梁伟铿', '王昶']);
  });
  it('reads a Japanese pair after the word for a pair, and a Japanese scientist before his post', () => {
    expect(people('日本组合福岛由纪／广田彩花止步八强。')).toEqual(['广田彩花', '福岛由纪']);
    expect(people('京都大学的山中伸弥教授表示祝贺。')).toContain('山中伸弥');
  });
  it('reads no pair of words or places', () => {
    expect(people('黄金／白银价格上涨，省/市/县三级。')).toEqual([]);
  });
  it('reads a dotted name written with the full-width full stop, not the word before it', () => {
    expect(people('丹麦组合金．阿斯特鲁普／安德斯．斯卡鲁普．拉斯穆森获得亚军。')).toEqual([
      '安德斯．斯卡鲁普．拉斯穆森',
      '金．阿斯特鲁普',
    ]);
    expect(people('瑞典化学家斯万特．阿伦尼乌斯提出了电离理论。')).toEqual(['斯万特．阿伦尼乌斯']);
  });
  it('reads a player after the word for one, whatever jieba reads the surname as', () => {
    expect(people('贵州选手卯春燕获得女子万米冠军。')).toEqual(['卯春燕']);
  });
  it('reads an editor whose surname is a word of places', () => {
    expect(people('（责任编辑：区志豪）')).toEqual(['区志豪']);
  });
});

describe('kin, pen names and firms', () => {
  it('reads a kin carrying the surname of the one named just before', () => {
    expect(people('老支书龙长贵的儿子龙建设在深圳打工。')).toContain('龙建设');
  });
  it('reads writers listed after their kind by their pen names', () => {
    expect(people('诗人北岛、舒婷、顾城等都曾在这里朗诵。')).toEqual(['北岛', '舒婷', '顾城']);
  });
  it('reads no person in a fund company', () => {
    expect(people('易方达基金、南方基金发行了新产品。')).toEqual([]);
  });
});
