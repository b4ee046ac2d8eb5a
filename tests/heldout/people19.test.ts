import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// People in texts of kinds the earlier sets left out (tests/fixtures/people19; its README says how it was written and
// annotated): a court's and a procuratorate's work reports (审判长, 庭长, 检察长, 被告人王某某), Tibetan, Uyghur, Yi,
// Mongolian, Zhuang and Dai names, Japanese, Korean and Vietnamese names, transliterations with and without ·, compound
// surnames (欧阳, 司马, 诸葛, 上官, 端木, 皇甫, 宇文), obituaries and commendations (追授…同志, 烈士), historical figures
// in speeches; brands right after their country (美国苹果, 日本索尼), a person named like a city (检察官助理邵阳) and
// cities named like people (林州, 邓州, 张家界).

// First run (main f51f13d, before any fix of this set): person P .950 (76/80) R .826 (76/92), place P .952 (60/63)
// R .952 (60/63), organization P .762 (16/21) R .762 (16/21).
// After Uyghur names without a dot after a post or before 同志, Yi names (a clan name and two syllables), a Mongolian
// name word (德力格尔), a name after a kin word before a verb (妻子古丽娜尔|坚守), chief officers and assistants before a
// name (首席运营官威廉姆斯, 检察官助理邵阳), a compound surname and one character jieba holds as a name (诸葛亮), no name in
// a noun after 的 (的高管) and no person's name in a hospital's (端木红霞同志生前系县人民医院): person P 1 (86/86) R .935
// (86/92), place P .968 (60/62) R .952 (60/63), organization P .800 (16/20) R .762 (16/21).
// After three-character names whose surname jieba tags as a bound morpheme (林/ng|则徐, 孙/zg|中山): person P 1 (88/88)
// R .957 (88/92).
// After a name jieba holds before 先生 whatever its surname (鲁迅先生) and no city in such a name alone after its country
// (日本|索尼/nr): person P 1 (89/89) R .967 (89/92), place P .984 (60/61) R .952 (60/63).
// After names of peoples without surnames between a role and a mark (傣族村民岩温、玉香): person P 1 (91/91) R .989
// (91/92).
const FLOORS: Floors = {
  person: { p: 0.99, r: 0.989 },
  place: { p: 0.98, r: 0.95 },
  organization: { p: 0.8, r: 0.76 },
};

describeNewsSetFloors('people19', FLOORS);
