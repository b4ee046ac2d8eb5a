import { describe, expect, it } from 'vitest';
import { findCampaigns } from '../../src/entities/findCampaigns.ts';

// Quoted drives the blind sample of tests/fixtures/audit/campaigns-recall.tsv missed (gwr-1998, a county's bureau and a
// Party-building report), with sentences written beside them; folded text is the text itself.
const names = (text: string) => findCampaigns(text, text).map((c) => [c.surface, c.canonical ?? c.surface]);

describe('a quoted drive with 斗争 after it', () => {
  it('is the drive where a verb launches it, named by its quoted part', () => {
    expect(names('坚持社会治安综合治理，深入开展“严打”斗争和专项治理，防范和打击了犯罪活动。')).toEqual([['“严打”斗争', '严打']]);
  });

  it('names every quote of the launched list before it (“扫黄”、“打非”斗争)', () => {
    expect(names('继续开展“扫黄”、“打非”斗争，促进城乡文化市场健康发展。')).toEqual([
      ['扫黄', '扫黄'],
      ['“打非”斗争', '打非'],
    ]);
    expect(names('坚持不懈地进行“扫黄”“打非”斗争。')).toEqual([
      ['扫黄', '扫黄'],
      ['“打非”斗争', '打非'],
    ]);
  });

  it('is no drive where the struggle is fought against the quoted opponent', () => {
    expect(names('四届人大的筹备和召开，是我们同“四人帮”斗争的一个重要回合。')).toEqual([]);
  });
});

describe('a drive code-named by digits', () => {
  it('is a drive with a drive head after it', () => {
    expect(names('县卫健委组织开展“323”攻坚行动，高血压规范管理率提升至72%。')).toEqual([['“323”攻坚行动', '“323”攻坚行动']]);
    expect(names('组织开展“520”攻坚行动，完成危房改造130户。')).toEqual([['“520”攻坚行动', '“520”攻坚行动']]);
  });

  it('is none as a label of documents or a phone line', () => {
    expect(names('印发“1+4”改革系列文件，拨打“12345”热线。')).toEqual([]);
  });
});

describe('a quoted name, the kind of unit created, and 创建', () => {
  it('is the drive of creating, known by its quoted name', () => {
    expect(names('全面开展“四强”党支部创建，评定星级党支部45个。')).toEqual([['“四强”党支部创建', '四强']]);
    expect(names('全面推进“五星”支部创建，评定五星级支部12个。')).toEqual([['“五星”支部创建', '五星']]);
  });
});

describe('quoted names listed after the verb that launches them', () => {
  it('launches each one where the list ends the clause', () => {
    expect(names('县教育局统筹推进“双减”和“五项管理”，课后服务覆盖率达100%。')).toEqual([
      ['双减', '双减'],
      ['五项管理', '五项管理'],
    ]);
    expect(names('扎实推进“三清”和“四改”，村容村貌明显改善。')).toEqual([
      ['三清', '三清'],
      ['四改', '四改'],
    ]);
  });

  it('launches only the first where the list qualifies a noun after it', () => {
    expect(names('积极推进“两新”和“两重”建设，扩大有效投资。')).toEqual([]);
    expect(names('推进“一带一路”和“长江经济带”建设。')).toEqual([['一带一路', '一带一路']]);
  });
});

describe('a quoted name before 教育', () => {
  it('is an education drive where the name ends there, known by its quoted part', () => {
    expect(names('巩固和扩大“三讲”教育成果，认真落实整改措施。')).toEqual([['“三讲”教育', '三讲']]);
    expect(names('深入开展“四史”教育，引导党员干部坚定理想信念。')).toEqual([['“四史”教育', '四史']]);
  });

  it('is none before a thing of education', () => {
    expect(names('建设“智慧”教育平台。')).toEqual([]);
  });
});
