import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

const people = (text: string) => namesOf(entitiesOf(text), 'person');

// The nineteenth held-out set (开封市文化广电和旅游局, 2023) read three false people in a culture report: a name jieba cut
// before its last character after a kind of person, a dynasty jieba cut apart inside a play's title, and a slogan whose
// second word is a city jieba tags as a verb.
describe('a name cut before its last character after a kind of person', () => {
  it('reads 郭长福 whole where jieba glued 福 to the verb after it (艺人郭长/x|福带/x|徒)', () => {
    expect(people('祥符区朱仙镇建成朱仙镇木版年画传承基地，年画艺人郭长福带徒22人，年销售年画12万张。')).toEqual(['郭长福']);
  });
  it('still reads 刘长根 before the 家 of the household and a two-character name before its verb', () => {
    expect(people('村民刘长根家的院子里种满了花。')).toEqual(['刘长根']);
    expect(people('记者王俊说，今年的展会规模更大。')).toEqual(['王俊']);
  });
});

describe('a dynasty or a city jieba cut or tagged otherwise', () => {
  it('reads no 宋东京 in 《大宋东京梦》 (大/a|宋东京/nr: 大宋 is the dynasty)', () => {
    expect(people('市豫剧院新编历史豫剧《大宋东京梦》首演，全年开展“舞台艺术送基层”演出126场。')).toEqual([]);
  });
  it('reads no 宋韵 before 开封 (开封/v is the city, no predicate)', () => {
    expect(people('举办2023开封清明文化节暨“宋韵开封”汉服花朝节，开展大宋文化展演、非遗市集等活动46场。')).toEqual([]);
  });
  it('still reads a person surnamed 宋 after a province (湖南宋志刚)', () => {
    expect(people('河南宋国强、湖南宋志刚当选劳动模范。')).toContain('宋志刚');
  });
});
