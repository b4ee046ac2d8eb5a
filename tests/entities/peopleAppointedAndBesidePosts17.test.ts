import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// people17's first run missed officials whose given names are words (方/n|明远/a, 高/a|明亮/a, 向/p|前进/v, 程/n|万里/m)
// in the acts of a congress, the acts of a list after a colon going on after ；, a name elected (当选), names set off by
// spaces in a CPPCC's list, a surname jieba reads as an adjective after a post (市长|高/a|向东/nr), and the people of a
// court and of a project; it read 向全体 after 执行主席. Sentences written for this project.
const people = (s: string) => namesOf(entitiesOf(s), 'person');

describe('people in appointments and beside posts (people17)', () => {
  it('reads a name whose given name is a word between an act of the congress and 为 or 的', () => {
    expect(people('决定任命方明远为市人民政府副市长、代理市长。')).toEqual(['方明远']);
    expect(people('撤销高明亮的全国政协委员资格。')).toEqual(['高明亮']);
    expect(people('全国政协十四届常委会第九次会议决定，增补向前进为全国政协委员。')).toEqual(['向前进']);
  });
  it('reads every act of a list opened after a colon, and the one elected', () => {
    expect(people('任命：林向东为省人大常委会办公厅副主任；常红为省人大监察和司法委员会副主任委员。').sort()).toEqual(['常红', '林向东']);
    expect(people('选举产生了新一届市人大常委会组成人员，程万里当选为主任。')).toEqual(['程万里']);
  });
  it('reads no one where the act names a form of address or a word that is no name', () => {
    expect(people('会议以全票当选的方式产生了主任。')).toEqual([]);
    expect(people('会议决定免去其职务。')).toEqual([]);
  });
  it('reads the names a list sets off by spaces after a name read', () => {
    expect(people('高州市政协主席、副主席、秘书长名单：主席 林建国 副主席 高玉兰 万长青 常胜利 向志明 秘书长 方海燕').sort()).toEqual(
      ['万长青', '向志明', '常胜利', '方海燕', '林建国', '高玉兰'].sort(),
    );
  });
  it('reads a surname jieba reads as another word before a given name it reads as a name', () => {
    expect(people('市委书记林海涛、市长高向东先后12次深入基层调研。').sort()).toEqual(['林海涛', '高向东']);
  });
  it('reads no one in a preposition and its object after a post', () => {
    expect(people('大会主席团常务主席、执行主席向全体代表宣读了选举结果。')).toEqual([]);
    expect(people('贵州省政协原副主席向明亮受贿案一审宣判。')).toEqual(['向明亮']);
  });
  it('reads the people of a court and of a project after their trade', () => {
    expect(people('北京市东城区人民检察院检察官常悦在庭审中发表公诉意见。')).toEqual(['常悦']);
    expect(people('“嫦娥六号”任务总设计师胡浩、总指挥常进及其团队获得特别奖。').sort()).toEqual(['常进', '胡浩']);
  });
});

describe('a name before the post it is given (people17 probes)', () => {
  it('ends a name jieba knows before 任 or 兼, whatever jieba tags them', () => {
    expect(people('成立高铁新城建设指挥部，由副市长常青任总指挥。')).toEqual(['常青']);
    expect(people('由副市长王明任组长。')).toEqual(['王明']);
  });
});

describe('a word of the language between a post and the end of its item (people17 probes)', () => {
  it('reads the holder whose name jieba knows as a word', () => {
    expect(people('审判长方圆、审判员张敏、人民陪审员李强组成合议庭审理此案。')).toContain('方圆');
  });
  it('reads no one where the word opens on a preposition or is a place', () => {
    expect(people('执行主席向前，大会继续进行。')).toEqual([]);
  });
});
