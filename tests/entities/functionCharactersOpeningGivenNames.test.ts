import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// 在 and 其 end a name read on (李希在…, 查其原因), but open the given name of a word jieba read whole beside a cue: Korean
// names (李在明, 文在寅) and Chinese ones (薛其坤). news15 missed all three.
describe('a given name opened by 在 or 其, in one word beside a cue', () => {
  it('reads a Korean president after 总统 and a party leader after 党首 (news15)', () => {
    const es = entitiesOf('韩国总统李在明在青瓦台主持召开首次国务会议。前总统文在寅在首尔表示支持。');
    expect(namesOf(es, 'person')).toEqual(expect.arrayContaining(['李在明', '文在寅']));
  });
  it('reads a professor after 教授 (news15)', () => {
    const es = entitiesOf('首届名单公布，清华大学教授薛其坤、浙江大学教授杨树锋入选。');
    expect(namesOf(es, 'person')).toEqual(expect.arrayContaining(['薛其坤', '杨树锋']));
  });
  it('still ends a name at 在 read on from a surname (李希在会上说)', () => {
    const es = entitiesOf('中央纪委书记李希在会上说，要深化整治。');
    expect(namesOf(es, 'person')).toEqual(['李希']);
  });
});
