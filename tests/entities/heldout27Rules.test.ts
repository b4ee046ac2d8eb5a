import { describe, expect, it } from 'vitest';
import { findCampaigns } from '../../src/entities/findCampaigns.ts';
import { findFigures } from '../../src/figures/findFigures.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';
import type { ReportStructure } from '../../src/types.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';

// Rules the twenty-seventh held-out set (a hospital's 巡察整改通报, a 人社局's year report) called for, each tried on sentences
// written for this test.
const names = (text: string) => findCampaigns(text, text).map((c) => c.canonical ?? c.surface);
const EMPTY: ReportStructure = { sections: [], paragraphs: [], sentences: [], measures: [] };
const figures = (text: string) => findFigures(buildDocument(makeReport(text), EMPTY)).map((f) => f.text);

describe('activities held under a theme (…主题活动)', () => {
  it('reads a launched activity named by its theme', () => {
    expect(names('持续开展改善就医感受提升患者体验主题活动，加强信息共享。')).toEqual(['改善就医感受提升患者体验主题活动']);
    expect(names('组织开展铸牢中华民族共同体意识主题活动。')).toEqual(['铸牢中华民族共同体意识主题活动']);
  });

  it('reads none in a unit’s activity of the day or a short theme', () => {
    expect(names('各支部开展主题活动12场。开展学雷锋主题活动。')).toEqual([]);
  });
});

describe('a quoted month or week held each year', () => {
  it('reads the quoted month as its unquoted form is read', () => {
    expect(names('深入开展“春风行动”“就业援助月”等公共就业服务专项活动。')).toEqual(['春风行动', '就业援助月']);
    expect(names('组织“安全生产宣传周”活动。')).toContain('安全生产宣传周');
  });
});

describe('months of service and contests of skill, as a 人社局 report names them', () => {
  it('reads a month of service to one group, held each year under its name', () => {
    expect(names('组织开展民营企业服务月、高校毕业生就业服务月等活动。')).toEqual(['民营企业服务月', '高校毕业生就业服务月']);
  });

  it('reads none in a short stem or a monthly average', () => {
    expect(names('开展就业服务月活动。全年服务月均3次。')).toEqual([]);
  });

  it('reads a contest held under a name or the nation’s, as a 大赛 is read', () => {
    expect(names('举办第二届“宜工杯”职业技能竞赛，设置项目18个。')).toEqual(['“宜工杯”职业技能竞赛']);
    expect(names('举办第二届全国职业技能竞赛。')).toEqual(['全国职业技能竞赛']);
  });

  it('reads none in a unit’s own contests', () => {
    expect(names('开展劳动竞赛12场，举办职工技能竞赛，举办知识竞赛3场。')).toEqual([]);
  });
});

describe('public-service numbers', () => {
  it('reads no count in a service line’s number, whatever character follows it', () => {
    expect(figures('12333人社服务热线全年接听来电42.6万个，12348法律服务热线解答咨询860件。')).toEqual(['42.6万个', '860件']);
  });

  it('keeps a count of people that a line is not named after', () => {
    expect(figures('培训12333人，开通服务热线2条。')).toEqual(['12333人', '2条']);
  });
});
