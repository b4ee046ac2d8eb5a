import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

const people = (text: string) => namesOf(entitiesOf(text), 'person');

describe('names by a rank, a role or what a person has', () => {
  it('reads a player before a go rank, and a name after a walk of life', () => {
    expect(people('决赛中，王磊六段执黑中盘胜。')).toEqual(['王磊']);
    expect(people('下岗职工潘维军在市场摆了个摊。')).toEqual(['潘维军']);
    expect(people('后防线上缺了主力森西尼，教练并不担心。')).toEqual(['森西尼']);
  });
  it('reads a name before what only a person leaves: family, works, a view of the world', () => {
    expect(people('马科斯的遗孀也出席了审判。')).toEqual(['马科斯']);
    expect(people('那时我读到了李季的诗。')).toEqual(['李季']);
    expect(people('马克思的整个世界观不是教义。')).toEqual(['马克思']);
  });
  it('reads a foreign name written with the Russian table’s 延 before a post, and after a verb of meeting', () => {
    expect(people('基里延科总理会见了记者。')).toEqual(['基里延科']);
    expect(people('我在成都见到伯奇费尔院士时，他正在上课。')).toEqual(['伯奇费尔']);
  });
  it('reads no walk of life as a name before what such people have', () => {
    expect(people('工人福利有了很大改善，欢迎企业家来大陆投资。')).toEqual([]);
    expect(people('农民收入稳步增长，工作人员严格执行规定。')).toEqual([]);
  });
});

describe('names listed with a person', () => {
  it('reads the names joined by 和, 及 or 、 to a name that a role or a post marks', () => {
    expect(people('总统任命了涅姆佐夫和赫里斯坚科两名副总理。')).toEqual(['涅姆佐夫', '赫里斯坚科']);
    expect(people('尼日利亚奥利塞赫和韦斯特等队员都承认输得不冤。')).toEqual(['奥利塞赫', '韦斯特']);
    expect(people('他与军长叶挺及陈毅同志一起整编部队。')).toEqual(['叶挺', '陈毅']);
  });
  it('reads no place or thing beside a listed name', () => {
    expect(people('克林顿总统和中国领导人举行了会谈。')).toEqual(['克林顿']);
    expect(people('李国华说，高效和多渠道的服务很重要。')).toEqual(['李国华']);
  });
});

describe('a walk of life of the genre before a name', () => {
  it('reads the name after 干警, 检察官, 医生 or 教师 (a procuratorate or county report)', () => {
    expect(people('干警徐晓敏获评全省检察机关业务标兵。')).toEqual(['徐晓敏']);
    expect(people('乡村医生王福贵扎根山区三十年，教师陈红连续十年支教。')).toEqual(['王福贵', '陈红']);
  });
  it('reads the name after a hospital rank of doctor, nurse or pharmacist (a hospital’s 巡察整改 report)', () => {
    expect(people('心内科主任医师周建国违规收受红包2000元；骨科医师高伟收受医药代表回扣5000元。')).toEqual(['周建国', '高伟']);
    expect(people('护士长李芳、执业药师王强参加培训。')).toEqual(['李芳', '王强']);
    expect(people('加强医师队伍建设，全县共有执业医师1200人、注册护士1500人，药师队伍持续壮大。')).toEqual([]);
  });
  it('reads a governor after 州长', () => {
    expect(people('加州州长纽森表示反对。得克萨斯州州长阿博特签署法案。州长办公室发表声明。')).toEqual(['纽森', '阿博特']);
  });
  it('reads no name where the word goes on to what such people have or do', () => {
    expect(people('加强干警队伍建设，检察官助理和医生护士参加培训，教师队伍持续壮大。')).toEqual([]);
  });
});

describe('the subject of a clause, a caption, a pair', () => {
  it('reads a name jieba holds in transliteration, or a Chinese name it does not know, opening a clause before its act', () => {
    expect(people('1993年11月，阿巴查从临时政府手中接过政权。')).toEqual(['阿巴查']);
    expect(people('面对国会的噪音，克林顿决定提前访华。')).toEqual(['克林顿']);
    expect(people('会议并未邀请他们，但袁正军获悉后立即派人赶去。')).toEqual(['袁正军']);
  });
  it('reads no word of a report that opens a clause before a verb', () => {
    expect(people('各地要严格执行中央八项规定精神，多渠道增加城乡居民收入。')).toEqual([]);
    expect(people('高效推进改革，周到服务群众，文明城市创建取得成效。')).toEqual([]);
    expect(people('阿根廷从去年开始调整关税，王牌产品销量增长。')).toEqual([]);
    expect(people('苏修攻击我国政权“不稳”。')).toEqual([]);
  });
  it('reads a name that jieba files as a place before a word of speech, and no place that does', () => {
    expect(people('罗干说，中国重视同英国的关系。')).toEqual(['罗干']);
    expect(people('巴西表示，中国重视同英国的关系。')).toEqual([]);
  });
  it('reads the people of a photograph by their place in it, and doubles players paired by a slash', () => {
    expect(people('新凤霞（中）、王昆（左）、郭兰英（右）在后台。')).toEqual(['新凤霞', '王昆', '郭兰英']);
    expect(people('何泰权／姜京珍的拼搏精神感染了观众。')).toEqual(['何泰权', '姜京珍']);
  });
});

describe('names in a report’s byline and cases', () => {
  it('reads the byline’s name set off from the post by a space, its line run on into the salutation', () => {
    expect(people('潍坊市中级人民法院院长 孙建军各位代表:现在,我代表市中级人民法院报告工作。')).toEqual(['孙建军']);
  });
  it('reads the person named first among a number of people', () => {
    expect(people('王海涛等三名干部受到处分，依法审结刘长青等12人贪污案。')).toEqual(['刘长青', '王海涛']);
    expect(people('查处张家村等3个村的问题。')).toEqual([]);
    expect(people('依法审结孙立新等17人黑社会性质组织犯罪案。')).toEqual(['孙立新']);
  });
});

describe('posts after a name, and names of the English table', () => {
  it('reads a name before a post or a title of a profession', () => {
    expect(people('李红梅主任医师正在查房，王建国研究员介绍了成果。')).toEqual(['李红梅', '王建国']);
  });
  it('reads names written with 翰 and 逊, and a transliterated subject jieba tags as a translated name', () => {
    expect(people('美国总统艾森豪威尔、肯尼迪、约翰逊，加紧施展两手政策。')).toEqual(['约翰逊', '肯尼迪', '艾森豪威尔']);
    expect(people('内塔尼亚胡拒绝了这一建议。')).toEqual(['内塔尼亚胡']);
    expect(people('1986年4月26日，切尔诺贝利4号机组发生爆炸。')).toEqual([]);
  });
  it('reads no mention of a name inside a longer name (约翰 in 约翰松)', () => {
    expect(people('牧师约翰·马吉说，约翰松和布拉特势均力敌。')).toEqual(['约翰·马吉']);
  });
});

describe('what one said on an occasion, one’s age, a party or a win', () => {
  it('reads a name before what was said on an occasion, and before an age', () => {
    expect(people('李鹏在会见时说，中国政府高度重视。')).toEqual(['李鹏']);
    expect(people('刘伟今年32岁，是一名退伍军人。')).toEqual(['刘伟']);
  });
  it('reads a party, a pair and a player’s win', () => {
    expect(people('朱镕基一行抵达伦敦，李明夫妇收养了孤儿。')).toEqual(['朱镕基', '李明']);
    expect(people('邓亚萍夺冠后非常激动。')).toEqual(['邓亚萍']);
    expect(people('巴西击败了阿根廷，中国队战胜日本队。')).toEqual([]);
  });
  it('reads a given name with 其 that jieba holds, and no 其 as a pronoun', () => {
    expect(people('钱其琛外长今天会见了他。')).toEqual(['钱其琛']);
    expect(people('查其原因，任其自然，青春岁月。')).toEqual([]);
  });
});

describe('a surname that closes a word with the character before it', () => {
  it('reads no name where jieba cut 发现|金红利 out of 派发|现金红利 (a firm’s dividend, figures22)', () => {
    expect(people('公司拟向全体股东每10股派发现金红利3.5元（含税）。')).toEqual([]);
  });
  it('still reads the name after a post, where no word runs into its surname', () => {
    expect(people('董事长金红利出席会议。')).toEqual(['金红利']);
  });
});
