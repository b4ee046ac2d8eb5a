import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

const people = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

// Sentences written for the rule, of a county discipline report's kind, and of the reports' ordinary talk of cadres.
describe('a cadre of a unit named after the unit', () => {
  it('reads the cadre a discipline report names after 干部', () => {
    expect(people('县医保局干部赵敏违规发放补贴问题。赵敏受到政务记过处分。')).toEqual(['赵敏']);
    expect(people('镇农业服务中心干部谷雨辰被给予党内警告处分。')).toEqual(['谷雨辰']);
  });
  it('reads no one from what cadres do or are (干部队伍, 干部群众, 干部违规出国, 干部连夜帮助)', () => {
    expect(people('加强干部队伍建设，干部群众对巡察工作满意。')).toEqual([]);
    expect(people('严肃查处领导干部违规出国、干部违规借贷问题。')).toEqual([]);
    expect(people('乡镇干部连夜帮助群众转移，驻村干部走访了困难户。')).toEqual([]);
    expect(people('选派优秀年轻干部到乡镇任职，干部包联重点项目。')).toEqual([]);
    expect(people('提高领导干部廉政意识，严格落实干部任前公示制度。')).toEqual([]);
  });
});
