import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

const people = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

// Sentences of the people16 set (tests/fixtures/people16) and others written for the rules.
describe('lists announced by those honoured, a work’s authors or 有 alone', () => {
  it('reads the authors of works and those given an honour written as a 的 phrase, a posthumous one noted', () => {
    expect(people('第十五届全国美展获奖作者有：冯远、龙瑞、卢禹舜、欧阳中石。')).toEqual(['冯远', '卢禹舜', '欧阳中石', '龙瑞']);
    expect(people('获得“七一勋章”的有：张桂梅、黄文秀（追授）、艾爱国、吕其明、石光银。')).toEqual(
      ['吕其明', '张桂梅', '石光银', '艾爱国', '黄文秀'].sort(),
    );
  });
  it('reads the list after 有 with no colon when a roll’s or a people’s word stands before it', () => {
    expect(people('受表彰的优秀村党组织书记代表有赵金生、钱立国、孙红梅。')).toEqual(['孙红梅', '赵金生', '钱立国']);
  });
  it('reads no list of things after such a word (代表有 before a list of bodies)', () => {
    expect(people('参会代表有来自高校、企业、科研院所的专家。')).toEqual([]);
    expect(people('主要成果有：新技术、新工艺、新材料。')).toEqual([]);
  });
});

describe('the credits of a news story and of a photograph', () => {
  it('reads the reporters in brackets after the dateline, names of peoples without a surname too', () => {
    expect(people('新华社拉萨8月12日电（记者春拉、格桑边觉）西藏自治区今年新建高标准农田30万亩。')).toEqual(['春拉', '格桑边觉']);
    expect(people('本报讯（记者王雪 通讯员李明辉）记者从市人社局获悉。')).toEqual(['李明辉', '王雪']);
  });
  it('reads the photographer of a caption after a space', () => {
    expect(people('图为工人在车间内检修设备。本报记者 吴秋生摄')).toEqual(['吴秋生']);
  });
  it('reads no credit from a bracket of anything else (记者调查, 记者手记)', () => {
    expect(people('（记者调查）这家企业的污水直排入河。')).toEqual([]);
  });
});

describe('a Japanese name jieba’s dictionary holds whole', () => {
  it('reads it without a cue when a common Japanese family name opens it (松下幸之助/nr)', () => {
    expect(people('高允连崇尚日本企业家，对松下幸之助企业管理模式尤为推崇。')).toContain('松下幸之助');
  });
  it('reads no set phrase jieba tags as a name (农村居民/nr, 绿水青山/nr)', () => {
    expect(people('农村居民人均可支配收入增长，坚持绿水青山就是金山银山。')).toEqual([]);
  });
});

describe('names in lists and after trades that other words hide', () => {
  it('reads a name that is a word between two names of a list (习仲勋、万里、宋任穷)', () => {
    expect(people('老一辈革命家习仲勋、万里、宋任穷的文集近日出版。')).toEqual(['习仲勋', '宋任穷', '万里'].sort());
  });
  it('reads a list of two whose names jieba cut after the given name’s first character or opened on 其 (李德/nr|仁, 薛其坤)', () => {
    expect(people('国家最高科学技术奖获得者李德仁、薛其坤分别作了发言。')).toEqual(['李德仁', '薛其坤']);
    expect(people('居民向阳、高峰和刘畅在社区志愿服务站值班。')).not.toContain('高峰和');
  });
  it('reads a name after a trade’s worker ending in 工 (采油工马艳芳), not after 员工 or 职工', () => {
    expect(people('全国劳动模范、中国石油大庆油田采油工马艳芳在井场工作了28年。')).toEqual(['马艳芳']);
    expect(people('公司员工福利待遇不断提高。')).toEqual([]);
  });
  it('reads a unit’s worker after the unit’s chain of names (…三连连队职工刘桂兰), not what workers do (职工都有, 干多干少)', () => {
    expect(people('新疆生产建设兵团第一师十团三连连队职工刘桂兰今年种植棉花200亩。')).toEqual(['刘桂兰']);
    expect(people('全体职工都有联系生产成果的明确的责任。')).toEqual([]);
    expect(people('要彻底改变企业经营好坏一个样，职工干多干少一个样的状况。')).toEqual([]);
    expect(people('全体职工文化水平不断提高，职工福利待遇也提高了。')).toEqual([]);
  });
  it('reads a villager’s name whose last character jieba joined to the 家 of the household (村民施成/x|富家/n|的)', () => {
    expect(people('湖南省湘西州花垣县双龙镇十八洞村村民施成富家的农家乐生意红火。')).toEqual(['施成富']);
  });
  it('reads no person in the names of towers and pavilions jieba tags as names (岳阳楼, 滕王阁)', () => {
    expect(people('岳阳楼、滕王阁、黄鹤楼等名楼吸引了大量游客。')).toEqual([]);
  });
});
