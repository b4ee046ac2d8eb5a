import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { entitiesOf } from './entityTestKit.ts';

// Rules written for people23 (tests/fixtures/people23), tried here on sentences of the same kinds written apart from it:
// judgments signed by their bench, pages closed by their credits, obituaries and family stories, results pages.

const people = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

const peopleOfReport = (content: string) =>
  extractReport({ path: 'r.txt', file: 'r.txt', format: 'txt', encoding: 'UTF-8', content, meta: {} })
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

describe('a judgment closes on its bench, a page on its credits', () => {
  it('reads the name after each role set off by spaces, a padded one without its space', () => {
    const content = [
      '本判决为终审判决。',
      '审判长　覃志明',
      '审判员　樊丽娜',
      '人民陪审员　冯大勇',
      '二〇二四年六月十日',
      '书记员　甘　霖',
    ].join('\n');
    expect(peopleOfReport(content)).toEqual(['冯大勇', '樊丽娜', '甘霖', '覃志明']);
  });
  it('reads the roles a judgment spaces out to one width', () => {
    const content = ['审　判　长　覃志明', '审　判　员　樊丽娜', '人民陪审员　冯大勇', '书　记　员　甘　霖'].join('\n');
    expect(peopleOfReport(content)).toEqual(['冯大勇', '樊丽娜', '甘霖', '覃志明']);
  });
  it('reads a credit’s padded name in brackets, and no role that names no one', () => {
    expect(peopleOfReport('市民可拨打热线咨询。\n（编辑：孔　洁　审核：韩立军）')).toEqual(['孔洁', '韩立军']);
    expect(peopleOfReport('审判长宣读了判决书，书记员记录了庭审经过。')).toEqual([]);
  });
});

describe('an obituary or a family’s story names the kin of the one it is about', () => {
  it('reads the names after the kin words', () => {
    expect(people('老人育有三个子女，长子邵立军在县城工作，次女邵红英是一名教师，外孙女龚雨涵正在读大学。')).toEqual([
      '邵立军',
      '邵红英',
      '龚雨涵',
    ]);
  });
  it('reads no word of the language after a kin word', () => {
    expect(people('她的儿子高兴地说，妹妹明年也要考大学。')).toEqual([]);
  });
});

describe('a results page names its players by their teams and provinces', () => {
  it('reads the player after the team and before the province in brackets', () => {
    expect(people('女子跳高决赛，四川队汤玉婷以1米89夺冠，江西队的温佳怡获得亚军。')).toEqual(['汤玉婷', '温佳怡']);
    expect(people('男子铅球：1.戴永强（辽宁）20米05；2.鲁浩然（山东）19米76。')).toEqual(['戴永强', '鲁浩然']);
  });
  it('reads a referee named after the role, and no team’s place as a player', () => {
    expect(people('裁判长樊建国介绍，比赛按计划进行。')).toEqual(['樊建国']);
    expect(people('广东队在决赛中战胜了上海队，湖南队获得第三名。')).toEqual([]);
  });
  it('reads no place before its province in brackets as a player', () => {
    expect(people('金华（浙江）12日电，台山（广东）的农民喜获丰收。')).toEqual([]);
  });
});

describe('a cast list names the actors and the roles they play', () => {
  it('reads the actor before the bracket and a named role in it, not a role that is a kind of person', () => {
    expect(people('主演：龚晓东（饰林少川）、樊雨晴（饰母亲）。')).toEqual(['林少川', '樊雨晴', '龚晓东']);
  });
  it('reads the actor before 饰演 and the role after it', () => {
    expect(people('青年演员吕文杰在剧中饰演贺长青，他说这是最难的角色。')).toEqual(['吕文杰', '贺长青']);
  });
});

describe('a biography names the parents the literary way', () => {
  it('reads the name after 父 or 母 opening a clause, and a clan’s first ancestor', () => {
    expect(people('罗振邦，湖南邵阳人。父罗德厚，以教书为业；母邝秀英，勤俭持家。')).toEqual(['罗德厚', '罗振邦', '邝秀英']);
    expect(people('据族谱记载，始迁祖邓文清于明初自江西迁居此地。')).toEqual(['邓文清']);
  });
});

describe('a foreign name joined by a dot ends where a word of place begins', () => {
  it('reads the co-author after an institute named after a person, not the person with the institute’s first syllable', () => {
    const names = people('论文由德国马克斯·普朗克研究所的安德烈·伊万诺夫博士合作完成。');
    expect(names).toContain('安德烈·伊万诺夫');
    expect(names.some((n) => n.startsWith('马克斯·普朗克研'))).toBe(false);
  });
});

describe('a name before the word of a kind of area is the area’s', () => {
  it('reads no person in a management district’s name', () => {
    expect(people('屈家岭管理区位于荆门市东部。')).toEqual([]);
  });
});

describe('a rare surname and a given name that is a word, after a role', () => {
  it('reads a witness whose surname jieba reads alone as a name and whose given name is a word', () => {
    expect(people('庭审中，公诉人宣读了证人笪国庆的书面证言。')).toEqual(['笪国庆']);
  });
});

describe('the leaders of a body named after it', () => {
  it('reads the names after 局领导 and its list, not the leaders as a body', () => {
    expect(people('市水利局领导杜宏伟、郑三元等前往医院看望家属。')).toEqual(['杜宏伟', '郑三元']);
    expect(people('局领导高度重视，厅领导班子成员分别带队检查。')).toEqual([]);
  });
});
