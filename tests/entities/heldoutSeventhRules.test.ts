import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Rules written after the seventh held-out set's first run (a banner government's work report of Inner Mongolia and a city
// 市场监督管理局's work summary), each on sentences written for the rule, not taken from the reports.
describe('a banner’s bodies by the level word 旗', () => {
  const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');
  it('reads 旗委, 旗政府, 旗人大常委会, 旗政协 and the banner’s bureaus as the bodies of the banner the report is about', () => {
    const text =
      '鄂托克旗人民政府工作报告\n在旗委的坚强领导下，在旗人大常委会和旗政协的监督支持下，旗政府全面完成目标任务。旗农牧局、旗水利局联合开展草原执法检查。';
    expect(orgs(text)).toEqual(
      ['中共鄂托克旗委', '鄂托克旗人民政府', '鄂托克旗人大常委会', '鄂托克旗政协', '鄂托克旗农牧局', '鄂托克旗水利局'].sort(),
    );
  });
  it('reads the banner’s hospitals, schools and troupe after 旗 (旗蒙医医院, 旗第三中学, 旗民族幼儿园, 旗乌兰牧骑)', () => {
    const text = '达拉特旗人民政府工作报告\n旗蒙医医院、旗人民医院新增床位，旗第三中学和旗民族幼儿园建成投用，旗乌兰牧骑下乡演出。';
    expect(orgs(text)).toEqual(
      ['达拉特旗人民政府', '达拉特旗蒙医医院', '达拉特旗人民医院', '达拉特旗第三中学', '达拉特旗民族幼儿园', '达拉特旗乌兰牧骑'].sort(),
    );
  });
  it('reads a county’s school by its number after 县 too', () => {
    expect(orgs('平遥县人民政府工作报告\n县第二中学新建教学楼一栋。')).toEqual(['平遥县人民政府', '平遥县第二中学'].sort());
  });
  it('reads no body from 旗 outside a banner’s report, nor from 旗帜, 旗下 or 红旗 in one', () => {
    expect(orgs('某县人民政府工作报告\n高举旗委旗帜，红旗政府，国旗第一中学。')).toEqual([]);
    expect(orgs('鄂托克旗人民政府工作报告\n高举旗帜，集团旗下企业和红旗村委会开展活动。')).toEqual(['鄂托克旗人民政府']);
  });
});

describe('嘎查, the villages of Inner Mongolia’s pastoral areas', () => {
  const places = (text: string) => namesOf(entitiesOf(text), 'place');
  it('reads a 嘎查 written after its 苏木 or 镇, whatever jieba makes of the transliterated name', () => {
    const text =
      '鄂托克旗人民政府工作报告。苏米图苏木查布嘎查建成储草棚，阿尔巴斯苏木赛乌素嘎查牧民增收，木凯淖尔镇巴音乌苏嘎查党支部书记受到表彰。';
    expect(places(text)).toEqual(['苏米图苏木', '查布嘎查', '阿尔巴斯苏木', '赛乌素嘎查', '木凯淖尔镇', '巴音乌苏嘎查'].sort());
  });
  it('reads no place from 苏木镇、嘎查村, the townships and villages in general', () => {
    expect(places('鄂托克旗人民政府工作报告。全旗苏木镇、嘎查村全部完成换届，各嘎查全部通网。')).toEqual([]);
  });
});

describe('a town whose first character would make a word with the one before', () => {
  const places = (text: string) => namesOf(entitiesOf(text), 'place');
  it('keeps the town where that character ends a longer word jieba read (其中|高日罕镇), not where it stands alone (放|宽城镇)', () => {
    expect(places('西乌珠穆沁旗人民政府工作报告。其中高日罕镇、吉仁高勒镇建成饲草基地。')).toEqual(['高日罕镇', '吉仁高勒镇'].sort());
    expect(places('推进城镇化，放宽城镇落户限制。')).toEqual([]);
  });
});

describe('Mongolian names, written without a surname', () => {
  const people = (text: string) => namesOf(entitiesOf(text), 'person');
  it('reads two name words side by side, in a byline or after a post (额尔敦巴雅尔, 斯琴高娃), not cut at 额|尔 or 斯|琴', () => {
    const text =
      '鄂托克旗人民政府工作报告\n——在鄂托克旗第十八届人民代表大会第三次会议上\n旗长　额尔敦巴雅尔\n\n各位代表：嘎查党支部书记斯琴高娃带领牧民发展肉羊养殖。';
    expect(people(text)).toEqual(['斯琴高娃', '额尔敦巴雅尔'].sort());
  });
  it('reads a clan character and a name word joined by a middle dot, two such names joined by 和 as two', () => {
    expect(people('牧民宝·朝鲁和敖·斯琴受到表彰。')).toEqual(['宝·朝鲁', '敖·斯琴'].sort());
  });
  it('reads no name from a place or a word made of the same words (苏和巴特尔镇, 呼和浩特, 乌云密布)', () => {
    expect(people('呼和浩特市天空乌云密布，苏和巴特尔镇举办那达慕。')).toEqual([]);
  });
});

describe('walks of life before a name: herders and the self-employed', () => {
  it('reads the name after 牧民 and 个体工商户 (刘德才 is read by the cue alone)', () => {
    const text = '牧民韩德胜承包草场，个体工商户刘德才销售过期食品被罚款。';
    expect(namesOf(entitiesOf(text), 'person')).toEqual(['刘德才', '韩德胜'].sort());
  });
});
