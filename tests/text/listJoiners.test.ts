import { describe, expect, it } from 'vitest';
import { hasListJoiner, isListJoiner, joinsOrAbuts } from '../../src/text/listJoiners.ts';

// The gaps between a list's members, as the list readers of places, organizations and links meet them.
describe('a list joiner', () => {
  it('is one mark or conjunction between two members (北京、上海和广州; 教育局与卫健委; 省及市县)', () => {
    const text = '北京、上海和广州';
    expect(isListJoiner(text.slice(2, 3))).toBe(true);
    expect(isListJoiner(text.slice(5, 6))).toBe(true);
    expect(isListJoiner('与')).toBe(true);
    expect(isListJoiner('及')).toBe(true);
  });

  it('is not a gap of nothing, of two joiners or of words (市教育局会同市卫健委; 同…合作 means with)', () => {
    expect(isListJoiner('')).toBe(false);
    expect(isListJoiner('、和')).toBe(false);
    expect(isListJoiner('会同')).toBe(false);
    expect(isListJoiner('同')).toBe(false);
    expect(isListJoiner('，')).toBe(false);
  });

  it('may be left out where members stand side by side (广东广西: joinsOrAbuts)', () => {
    expect(joinsOrAbuts('')).toBe(true);
    expect(joinsOrAbuts('和')).toBe(true);
    expect(joinsOrAbuts('的')).toBe(false);
  });

  it('is found anywhere in a clause that lists (为农民工、困难职工和新就业形态劳动者)', () => {
    expect(hasListJoiner('为农民工、困难职工和新就业形态劳动者')).toBe(true);
    expect(hasListJoiner('全县新建职工服务站点')).toBe(false);
  });
});
