import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

// placeLedBodies walks from each place to the body its name may open; where the walk finds none (-1) it now stops there,
// before the patterns anchored at a name's end (…局局长, …协会会长, …小学教师), which were run on folded.slice(place.end, -1),
// the rest of the report, at every such place (26 times a copy of the default report, 354,000 characters). Every line
// read the same before the change (main b79890ee).
const read = (s: string) =>
  entitiesOf(s)
    .map((e) => `${e.type}:${e.name}`)
    .sort();

describe('a place that starts no body, and the bodies places open', () => {
  it('ends a body at its head glued to its post, or before its staff', () => {
    expect(read('绥德县公安局局长张建军带队检查。')).toEqual(['organization:绥德县公安局', 'person:张建军']);
    expect(read('阁山镇中心小学教师李红获评优秀教师。')).toEqual(['organization:阁山镇中心小学', 'person:李红', 'place:阁山镇']);
  });
  it('ends a chamber before its chair', () => {
    expect(read('东莞市发展很快，温州商会会长陈某出席。')).toEqual(['organization:温州商会', 'place:东莞市']);
    expect(read('广东省经济总量连续多年位居全国第一，东莞市工商业联合会会长')).toEqual(['organization:东莞市工商业联合会', 'place:广东省']);
  });
  it('reads no body after a place that opens none, whatever post the text ends on', () => {
    expect(read('东莞市大力发展先进制造业，全市规模以上工业增加值增长6.4%，市卫生院院长')).toEqual(['place:东莞市']);
  });
});
