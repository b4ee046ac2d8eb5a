import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// A county's or city's body written after the province or city it lies in (newsgap26): the news gold reads the province
// as a place of its own and the body as the county's (黑龙江省|阿城市委 in its even half), where the chain of places was
// read into the body's name. The party's name before the chain makes the whole the body's formal name. Sentences written
// for this test, not taken from a report or the news set.

const read = (s: string) => {
  const es = entitiesOf(s);
  return { orgs: es.filter((e) => e.type === 'organization').map((e) => [e.name, ...e.aliases]), places: namesOf(es, 'place') };
};

describe('a body after the province or city its place lies in', () => {
  it('reads the province as a place and the body from its own place', () => {
    expect(read('本报讯 河南省兰考县委书记带领乡镇干部查看小麦长势。')).toEqual({
      orgs: [['中共兰考县委', '兰考县委']],
      places: ['河南省'],
    });
    expect(read('浙江省温州市委召开常委会议，研究防汛工作。')).toEqual({ orgs: [['中共温州市委', '温州市委']], places: ['浙江省'] });
  });
  it('reads a government and its office the same way', () => {
    expect(read('广东省东莞市人民政府办公室发布通知。')).toEqual({ orgs: [['东莞市人民政府办公室']], places: ['广东省'] });
  });
  it('keeps the formal name whole after 中共', () => {
    expect(read('中共河南省兰考县委召开常委会议。')).toEqual({ orgs: [['中共河南省兰考县委']], places: [] });
  });
});
