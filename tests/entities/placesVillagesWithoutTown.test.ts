import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences written for this test (helper places10), not taken from a report, a news text or the places10 set.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('villages written without their town', () => {
  it('reads a village whose stem jieba knows as a place word opening with a word of position (上庄/ns|村)', () => {
    expect(places('对上林村、下洼村的危房进行排查。')).toEqual(expect.arrayContaining(['上林村']));
    expect(places('村民在上坪村修建了文化广场。')).toEqual(['上坪村']);
  });
  it('reads the village, not the city, where a city short name stands before 村 as a word of its own (北屯/ns|村)', () => {
    expect(places('石狮村、海城村被评为卫生村。')).toEqual(['海城村', '石狮村']);
  });
  it('keeps the city where 村 opens another word (东莞|村级工业园)', () => {
    expect(places('深圳村级工业园改造提速。')).not.toContain('深圳村');
  });
  it('reads villages named by a verb or an adjective where a list vouches for them (团结村、光明村; 前进村和红星村)', () => {
    expect(places('团结村、光明村等3个村完成改厕。')).toEqual(['光明村', '团结村']);
    expect(places('胜利村和红旗村结成帮扶对子。')).toEqual(['红旗村', '胜利村']);
  });
  it('reads no village out of a verb before 村 with no list (加快发展村集体经济)', () => {
    expect(places('加快发展村和社区集体经济。')).toEqual([]);
  });
  it('reads a village of three unknown characters before 村 (岔里沟村), not a phrase with a negation (收不抵支村数)', () => {
    expect(places('在岔里沟村建设光伏电站。')).toEqual(['岔里沟村']);
    expect(places('全市收不抵支村数减少47个。')).toEqual([]);
  });
});

describe('ports and places written as one word with their parent', () => {
  it('reads a port named by two cities whole (宁波舟山港)', () => {
    expect(places('宁波舟山港铁矿石接卸量增长。')).toEqual(['宁波舟山港']);
  });
  it('reads a province and its city jieba glued into one word (广西南宁/ns)', () => {
    expect(places('博览会在广西南宁举行。')).toEqual(['南宁市', '广西壮族自治区']);
  });
  it('keeps a district or county of a list bounded as any other (产粮大县、养猪大县 are kinds)', () => {
    expect(places('加强对产粮大县、养猪大县的财政扶持，推动粮食主销区和主产区合作。')).toEqual([]);
  });
});
