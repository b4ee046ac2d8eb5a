import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// people19's first run missed Uyghur names written without a middle dot (县长艾尔肯吐尼亚孜), Yi names (吉克阿呷), a
// Mongolian name word (德力格尔), a Kazakh name after a kin word before a verb whose first character names are written
// with (妻子古丽娜尔|坚守), a firm's chief operating officer (首席运营官威廉姆斯), historical names of a compound surname and
// one character (诸葛亮), a name after an assistant's post (检察官助理邵阳, read as the city), and a person named before
// a hospital (端木红霞同志生前系县人民医院 was read as one body); it read a noun jieba lacks after 的 as a name (的高管).
// Sentences written for this project.
const people = (s: string) => namesOf(entitiesOf(s), 'person');
const organizations = (s: string) => namesOf(entitiesOf(s), 'organization');
const places = (s: string) => namesOf(entitiesOf(s), 'place');

describe('Uyghur and Kazakh names without a middle dot (people19)', () => {
  it('reads the own and the father’s name whole after a post or before 同志', () => {
    expect(people('莎车县副县长阿布力米提吐尔洪在会上通报了情况。')).toEqual(['阿布力米提吐尔洪']);
    expect(people('村党支部书记买买提江吐尔逊同志带领群众种植红枣。')).toEqual(['买买提江吐尔逊']);
  });
  it('reads none in a word of the language after a post', () => {
    expect(people('县长加大力度推进项目建设。')).toEqual([]);
  });
});

describe('Yi names: a clan name and two syllables (people19)', () => {
  it('reads them after a post or a role and in a list of names', () => {
    expect(people('布拖县委书记吉木拉哈主持召开会议。')).toContain('吉木拉哈');
    expect(people('彝族诗人吉狄马加出席了诗歌节开幕式。')).toEqual(['吉狄马加']);
    expect(people('王勇、沙马阿果、李明三位同志受到表彰。')).toContain('沙马阿果');
  });
  it('reads none in a place named after a clan', () => {
    expect(people('吉克阿呷乡位于山区。')).toEqual([]);
  });
});

describe('name words and roles before a name (people19)', () => {
  it('reads a Mongolian name of 德力格尔 and a name after a kin word before a verb', () => {
    expect(people('牧民宝音德力格尔在草原上放牧。')).toEqual(['宝音德力格尔']);
    expect(people('护边员与妻子古丽娜尔坚守哨所多年。')).toEqual(['古丽娜尔']);
  });
  it('reads the name after a chief operating officer and an assistant', () => {
    expect(people('该公司首席运营官威廉姆斯访问了苏州工厂。')).toEqual(['威廉姆斯']);
    expect(people('法官助理林芝负责送达文书。')).toEqual(['林芝']);
    expect(places('法官助理林芝负责送达文书。')).toEqual([]);
  });
  it('reads a historical name of a compound surname and one character', () => {
    expect(people('游客在祠堂里了解诸葛亮和司马懿的故事。').sort()).toEqual(['司马懿', '诸葛亮']);
  });
  it('reads no name in a noun jieba lacks after 的', () => {
    expect(people('两家公司的高管出席了签约仪式。')).toEqual([]);
  });
});

describe('a person named before the body they served (people19)', () => {
  it('leaves the name and 同志 out of the hospital', () => {
    expect(organizations('端木红霞同志生前系县人民医院主任医师。')).not.toContain('红霞同志生前系县人民医院');
    expect(people('端木红霞同志生前系县人民医院主任医师。')).toEqual(['端木红霞']);
  });
});

describe('names of the past and abroad that jieba cuts or tags otherwise (people19, second round)', () => {
  it('reads a three-character name whose surname jieba tags as a bound morpheme before a word (林/ng|则徐)', () => {
    expect(people('纪念馆展出了林则徐的手稿。')).toEqual(['林则徐']);
    expect(people('完善强农惠农富农政策。')).toEqual([]);
  });
  it('reads a subject before a three-character adverb and a verb of speech', () => {
    expect(people('会上，韦德进一步指出，双方合作潜力巨大。')).toEqual(['韦德']);
  });
  it('reads a Japanese name closed by a birth-order numeral after a role, and a name after 编剧', () => {
    expect(people('编剧坂井洋一出席了发布会。')).toEqual(['坂井洋一']);
    expect(people('县委书记王建国一行深入调研。')).toEqual(['王建国']);
    expect(people('编剧刘和平创作了剧本。')).toEqual(['刘和平']);
  });
});

describe('a name addressed as 先生 and a firm after its country (people19, third round)', () => {
  it('reads a two-character name jieba holds, whatever its surname, before 先生', () => {
    expect(people('巴金先生的故居对外开放。')).toEqual(['巴金']);
  });
  it('reads no city in a name jieba holds alone after the country', () => {
    expect(places('日本索尼和韩国现代汽车的高管出席了签约仪式。')).toEqual(['日本']);
    expect(places('波兰罗兹的市长访问了成都。')).toContain('罗兹');
  });
});

describe('names of peoples written without a surname, after a role (people19, fourth round)', () => {
  it('reads two characters jieba does not know between a role and a mark, and the list they open', () => {
    expect(people('景洪市村民岩罕，今年种植橡胶50亩。')).toEqual(['岩罕']);
    expect(people('勐海县护林员岩温、玉香巡山归来。').sort()).toEqual(['岩温', '玉香']);
  });
  it('reads none in an act jieba pieced together after a kind of staff', () => {
    expect(people('经营环节过多，管理人员过多，仓库管理不善。')).toEqual([]);
  });
});
