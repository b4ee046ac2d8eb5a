import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf } from './entityTestKit.ts';

// Bodies of the government genre's own reports (procuratorates, courts, customs, statistics, fire and rescue), each rule on
// sentences written for it, not taken from the reports.
describe('a procuratorate’s own report naming the procuratorate above it', () => {
  const report =
    '诸暨市人民检察院工作报告\n2023年，市检察院在市委和绍兴市人民检察院的坚强领导下，全年办理各类案件1200件。' +
    '在上级检察院的指导下，市检察院办结公益诉讼案件36件。';
  it('reads the city’s procuratorate whole, not its place and a bare 检察院 joined to the report’s own', () => {
    const e = entitiesOf(report);
    expect(namesOf(e, 'organization')).toContain('绍兴市人民检察院');
    const own = entity(e, 'organization', '诸暨市人民检察院');
    expect(own?.mentions.map((m) => m.surface)).toEqual(['诸暨市人民检察院', '市检察院', '市检察院']);
  });
  it('joins no 上级检察院 (the procuratorate above) to the report’s own', () => {
    const own = entity(entitiesOf(report), 'organization', '诸暨市人民检察院');
    expect(own?.mentions.some((m) => report.slice(m.start - 2, m.start) === '上级')).toBe(false);
  });
});
