import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// A Japanese given name jieba cut from the surname or in two (坂本龙/nr|一/m, 大谷/n|翔平/x, 山口/ns|茜/nr): after a role the
// name runs to its end, where news15 read 坂本龙, 大谷 and 山口; a surname alone before an act or a post stays alone.
describe('Japanese given names cut by jieba, after a role', () => {
  it('reads the whole name of a composer, a ballplayer and a badminton player (news15)', () => {
    expect(namesOf(entitiesOf('日本著名作曲家坂本龙一因病在东京去世，享年71岁。'), 'person')).toEqual(['坂本龙一']);
    expect(namesOf(entitiesOf('洛杉矶道奇队球星大谷翔平本赛季打出54支本垒打。'), 'person')).toEqual(['大谷翔平']);
    expect(namesOf(entitiesOf('韩国羽毛球运动员安洗莹和日本选手山口茜分获女单冠亚军。'), 'person')).toContain('山口茜');
  });
  it('keeps a surname alone before a word of speech or a post (选手山田说, 桥本首相)', () => {
    expect(namesOf(entitiesOf('日本选手山田说，这场比赛很难打。'), 'person')).toEqual(['山田']);
    expect(namesOf(entitiesOf('桥本首相兑现了承诺，即预算通过后立即表态。'), 'person')).toEqual(['桥本']);
  });
  it('reads no person in a federation short name (世界田联主席, news15)', () => {
    expect(namesOf(entitiesOf('世界田联主席塞巴斯蒂安·科在摩纳哥宣布了年度最佳运动员。'), 'person')).toEqual(['塞巴斯蒂安·科']);
  });
});
