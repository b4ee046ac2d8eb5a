import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Rules written after the sixth held-out set's first run (a Xinjiang county 纪委监委's work report and a city 商务局's
// trade summary), each on sentences written for the rule, not taken from the reports.
describe('Uyghur and Kazakh names written with a middle dot', () => {
  it('reads the whole name when its parts use the Turkic names’ characters (合, 不, 都, 买, 吐, 力, 别, 依)', () => {
    const text = '经查，乌鲁木齐县托里乡原副乡长阿不都外力·买买提违规发放补贴，村委会主任依力哈木·吐尔逊、会计别克力·合力别克受到处分。';
    expect(namesOf(entitiesOf(text), 'person')).toEqual(['依力哈木·吐尔逊', '别克力·合力别克', '阿不都外力·买买提'].sort());
  });
  it('reads a byline of one such name on its own line', () => {
    expect(namesOf(entitiesOf('坚持严的基调\n——在县纪委全会上的报告\n热依汗古丽·托合提\n\n同志们：'), 'person')).toEqual([
      '热依汗古丽·托合提',
    ]);
  });
});

describe('a village with a long transliterated name written right after its town', () => {
  const places = (text: string) => namesOf(entitiesOf(text), 'place');
  it('runs the village’s name back to the town, whether 村 ends a word (阿热|买里村) or is glued to the next (喀拉|布拉克|村原)', () => {
    expect(places('伊宁县墩麻扎镇阿热买里村党支部书记受到处分。')).toEqual(['伊宁县', '墩麻扎镇', '阿热买里村'].sort());
    expect(places('伊宁县墩麻扎镇喀拉布拉克村原村委会主任被立案审查。')).toEqual(['伊宁县', '喀拉布拉克村', '墩麻扎镇'].sort());
  });
});

describe('foreign companies written after their country, and an enumeration’s ordinal before a company', () => {
  const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');
  const aliases = (text: string) =>
    entitiesOf(text)
      .filter((e) => e.type === 'organization')
      .flatMap((e) => e.aliases)
      .sort();
  it('reads a …株式会社 from its country on, 和 inside the name included', () => {
    // Named without the country (world6: one entity wherever it is written), which stays the mention's surface and an alias.
    expect(orgs('日本丸山精工株式会社与韩国东和化学株式会社在开发区投资建厂。')).toEqual(['东和化学株式会社', '丸山精工株式会社']);
    expect(aliases('日本丸山精工株式会社与韩国东和化学株式会社在开发区投资建厂。')).toEqual([
      '日本丸山精工株式会社',
      '韩国东和化学株式会社',
    ]);
  });
  it('does not take 一是/三是 into the name of the company after it', () => {
    expect(aliases('一是德国舒尔茨液压技术有限公司增资扩产；二是签约项目12个。')).toEqual(['德国舒尔茨液压技术有限公司']);
  });
  it('reads no company from a country and a bare 公司 (日本和韩国公司)', () => {
    expect(orgs('日本和韩国公司加大在华投资。')).toEqual([]);
  });
});

describe('divisions and cities written right after their country', () => {
  const places = (text: string) => namesOf(entitiesOf(text), 'place');
  it('reads Japan’s 府, Korea’s 道 (江原道/ns), a city of one character and a name joined by a hyphen', () => {
    const text = '代表团先后访问日本京都府、韩国江原道和日本堺市，并赴德国巴登-符腾堡州考察。';
    expect(places(text)).toEqual(expect.arrayContaining(['京都府', '江原道', '堺市', '巴登-符腾堡州']));
  });
  it('reads no division from a government or a common word after a country', () => {
    const text = '希望看到阿富汗联合政府早日成立，韩国城市发展迅速。';
    expect(places(text)).toEqual(['阿富汗', '韩国'].sort());
  });
});

describe('fairs, exhibitions and forums held under a name', () => {
  const campaigns = (text: string) => namesOf(entitiesOf(text), 'campaign');
  it('reads a fair after its edition or after a verb of taking part, named without its edition', () => {
    const text = '组织企业参加第134届、第135届中国进出口商品交易会，赴法国参加巴黎国际农业博览会，办好第十届中国—南亚博览会。';
    expect(campaigns(text)).toEqual(['中国—南亚博览会', '中国进出口商品交易会', '巴黎国际农业博览会'].sort());
  });
  it('reads no name from a forum of no name or a series of summits', () => {
    expect(campaigns('举办各类专题论坛12场，出席联合国系列峰会。')).toEqual([]);
  });
});

describe('a city’s customs and the council for the promotion of trade', () => {
  it('reads X海关 after a place and 贸促会 after a level word', () => {
    const orgs = namesOf(entitiesOf('市商务局会同宁波海关、市贸促会开展原产地证书培训。'), 'organization');
    expect(orgs).toEqual(expect.arrayContaining(['宁波海关', '宁波市贸促会']));
  });
});

describe('ports named by their city, and a feature abroad without its country', () => {
  const places = (text: string) => namesOf(entitiesOf(text), 'place');
  it('reads a city’s port (宁波港) and a port abroad without the country before it (日本|神户港)', () => {
    expect(places('。宁波港完成集装箱吞吐量3530万标准箱，新开通至日本神户港的航线2条。')).toEqual(
      expect.arrayContaining(['宁波港', '神户港', '日本']),
    );
    expect(places('新开通至日本神户港的航线2条。')).not.toContain('日本神户港');
  });
});

describe('zones named with the place they lie in bracketed', () => {
  const places = (text: string) => namesOf(entitiesOf(text), 'place');
  it('reads the whole zone, its opening name, bracketed place and area included', () => {
    const text = '中国（福建）自由贸易试验区厦门片区新增企业860家，中新（重庆）战略性互联互通示范区落地项目12个。';
    expect(places(text)).toEqual(['中国（福建）自由贸易试验区厦门片区', '中新（重庆）战略性互联互通示范区']);
  });
  it('reads no zone where the bracket holds no place or nothing names a zone after it', () => {
    expect(places('组织企业参加中国（福建）商品展览会。')).not.toContain('中国（福建）商品展览会');
  });
});

describe('a township’s and a banner’s heads before a name', () => {
  it('reads the name after 乡长/副乡长 and 旗长, its given name a word of the language (王|成林)', () => {
    const text = '某乡原副乡长王成林违规发放补贴资金，旗长巴特尔主持会议。';
    expect(namesOf(entitiesOf(text), 'person')).toEqual(expect.arrayContaining(['王成林']));
  });
  it('reads no name in 家乡长大 or 故乡长沙', () => {
    expect(namesOf(entitiesOf('他在家乡长大，故乡长沙变化很大。'), 'person')).toEqual([]);
  });
});

describe('a special rectification of a field of three characters', () => {
  it('reads …专项整治 after a three-character field (校园餐, 预付卡), not after a two-character scope (本次)', () => {
    const campaigns = (text: string) => namesOf(entitiesOf(text), 'campaign');
    expect(campaigns('全县开展预付卡专项整治，查处问题12个。')).toEqual(['预付卡专项整治']);
    expect(campaigns('本次专项整治查处问题12个。')).toEqual([]);
  });
});
