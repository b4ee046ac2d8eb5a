import { describe, expect, it } from 'vitest';
import { openingYear } from '../../src/figures/indicators/reportYear.ts';

// 株洲市人大常委会工作报告 (held-out), delivered on 2025-01-09: its body opens on 2024年，…, and the year's work it then counts
// names no year of its own.
describe('openingYear: the year a report accounts for when its title names none', () => {
  it('reads the year the body opens on, before the year the report is delivered in', () => {
    const opening = [
      '株洲市人民代表大会常务委员会工作报告',
      '各位代表：',
      '现在，我代表市人大常委会向大会报告工作，请予审议。',
      '2024年，市人大常委会在市委的坚强领导下，…',
    ];
    expect(openingYear(opening, 2025)).toBe(2024);
  });

  it('reads none when the opening year is the report’s own (a plan) or no sentence opens on a year', () => {
    expect(openingYear(['2025年，市外办将重点抓好以下工作：'], 2025)).toBeUndefined();
    expect(openingYear(['各位代表：', '现在，我代表国务院向大会作政府工作报告。'], 2000)).toBeUndefined();
  });
});
