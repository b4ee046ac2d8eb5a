import { describe, expect, it } from 'vitest';
import { findCampaigns } from '../../src/entities/findCampaigns.ts';
import { foldWidth } from '../../src/text/foldWidth.ts';

const campaigns = (text: string) => findCampaigns(text, foldWidth(text)).map((c) => [c.surface, c.start, c.end]);

// A sentence of the held-out Anji report (tests/fixtures/heldout/anji-county-2022.html).
describe('a quoted reform named with 管理改革', () => {
  it('reads “县管校聘”管理改革 as one campaign (管理 alone after a quote is an activity on it)', () => {
    const s = '一是推进“县管校聘”管理改革，交流轮岗教师268名。';
    expect(campaigns(s)).toEqual([['“县管校聘”管理改革', 4, 14]]);
  });
  it('keeps “X”管理 without 改革 out', () => {
    expect(campaigns('加强“一码通”管理，规范使用。')).toEqual([]);
  });
});

describe('quoted names summed up by 等…行动', () => {
  it('reads “四边三化” before 等专项行动 as a drive (its 化 would otherwise make it a manner, like “网格化”)', () => {
    const s = '推进“五水共治”“三改一拆”“四边三化”等专项行动。';
    expect(campaigns(s)).toEqual([
      ['五水共治', 3, 7],
      ['三改一拆', 9, 13],
      ['四边三化', 15, 19],
    ]);
  });
  it('still leaves a quoted manner alone where no drive follows', () => {
    expect(campaigns('以“网格化”形式推进。')).toEqual([]);
  });
});

describe('a quoted …革命', () => {
  it('reads “厕所革命” as a drive even with a noun between the verb and the quote', () => {
    expect(campaigns('深入推进农村“厕所革命”，完成改厕1.2万户。')).toEqual([['厕所革命', 7, 11]]);
  });
  it('keeps “自我革命”精神 out (a quality, not a drive)', () => {
    expect(campaigns('坚持“自我革命”精神。')).toEqual([]);
  });
});

describe('quotes chained before one summed up by 等…行动', () => {
  it('reads every quote of the chain as a drive of the kind', () => {
    expect(campaigns('开展“清源”“断链”“护苗”等专项行动。')).toEqual([
      ['清源', 3, 5],
      ['断链', 7, 9],
      ['护苗', 11, 13],
    ]);
    expect(campaigns('开展“净网”、“护苗”、“秋风”等专项行动。').map((c) => c[0])).toEqual(['净网', '护苗', '秋风']);
  });
  it('stops the chain at a comma: the quotes before it are another list', () => {
    expect(campaigns('坚持“党建引领”“三治融合”，开展“平安创建”等活动。').map((c) => c[0])).toEqual(['平安创建']);
  });
});

// A sentence of the held-out Gansu report (tests/fixtures/heldout/gansu-education-dept-2023.txt) and sentences written for
// other programmes and drives.
describe('a quoted programme before what it does', () => {
  it('reads “国培计划” before 培训 as the programme, as “特岗计划” before 招聘 is', () => {
    const s = '实施“特岗计划”招聘教师2100名，“国培计划”培训中小学幼儿园教师8.6万人次。';
    expect(campaigns(s).map(([name]) => name)).toEqual(['特岗计划', '国培计划']);
    expect(campaigns('启动“春风行动”帮扶农民工返岗就业，“护苗行动”宣讲进校园120场。').map(([name]) => name)).toEqual([
      '春风行动',
      '护苗行动',
    ]);
  });
  it('keeps a bare quoted manner or target before an activity out', () => {
    expect(campaigns('开展“一对一”谈话，对“僵尸企业”处置，做好“三资”清理。')).toEqual([]);
  });
});

// The mention precision audit of the State Council reports (tests/fixtures/audit/mentions-gwr-2121.tsv row 189, gwr-2002)
// and sentences written by helper audit21.
describe('a quoted study drive held as an activity', () => {
  it('reads its 活动 as the end of the name (学习教育活动, 教育活动, 主题教育活动)', () => {
    expect(campaigns('农村“三个代表”学习教育活动深入进行。')).toEqual([['“三个代表”学习教育活动', 2, 14]]);
    expect(campaigns('在县级以上领导班子中开展“三讲”教育活动。')).toEqual([['“三讲”教育活动', 12, 20]]);
  });
  it('still ends a study drive with no activity after it at 学习教育', () => {
    expect(campaigns('开展“两学一做”学习教育。')).toEqual([['“两学一做”学习教育', 2, 12]]);
  });
});

// Sentences of the thirty-first held-out set (macheng-power-supply-company-2024-crlf) and the thirtieth (a plan for each
// firm), and written for this test: a quoted plan for each unit before 治理/整治 says how the work is done.
describe('a quoted plan for each unit before 治理 or 整治', () => {
  it('reads no drive “一台区一方案”治理 or “一企一策”整治', () => {
    const names = (s: string) => campaigns(s).map(([surface]) => surface);
    expect(names('对高损台区实行“一台区一方案”治理，查处窃电案件67起。')).not.toContain('“一台区一方案”治理');
    expect(names('对重点企业实行“一企一策”整治。')).not.toContain('“一企一策”整治');
  });
  it('still reads a drive named by a quote before 治理 (“两违”整治)', () => {
    expect(campaigns('开展“两违”整治，拆除违建120处。').map(([surface]) => surface)).toContain('“两违”整治');
  });
});
