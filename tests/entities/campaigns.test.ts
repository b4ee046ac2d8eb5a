import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { foldText } from '../../src/text/foldText.ts';
import { findCampaigns } from '../../src/entities/findCampaigns.ts';

// Test input is folded as the pipeline folds it (text/foldText: same length).
const fold = foldText;
const run = (text: string) => {
  const found = findCampaigns(text, fold(text));
  for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.surface);
  return found;
};
/** [surface, canonical name] of each candidate, in text order. */
const names = (text: string) => run(text).map((c) => [c.surface, c.canonical ?? c.surface]);
const surfaces = (text: string) => run(text).map((c) => c.surface);

describe('patterned names (Dongguan report sentences)', () => {
  it('reads battles listed after the verb that launches them, with exact spans', () => {
    const text = '以壮士断腕、刮骨疗毒的勇气,全面打响碧水攻坚战、蓝天保卫战、净土防御战,全面深化水、大气、固废和土壤污染治理。';
    const found = run(text);
    expect(found.map((c) => [c.surface, c.start, c.end])).toEqual([
      ['碧水攻坚战', 18, 23],
      ['蓝天保卫战', 24, 29],
      ['净土防御战', 30, 35],
    ]);
    expect(found.every((c) => c.type === 'campaign' && c.canonical === undefined)).toBe(true);
  });

  it('stops a name at 暨 and, across 和, keeps the conjunct that is itself a campaign', () => {
    expect(surfaces('高规格召开东莞市生态环境保护大会暨污染防治攻坚战现场推进会。')).toEqual(['污染防治攻坚战']);
    expect(surfaces('以更大的力度推进生态环境保护和污染防治攻坚战。')).toEqual(['污染防治攻坚战']);
  });

  it('keeps 和 inside a drive whose target it joins', () => {
    expect(surfaces('开展城市道路扬尘污染和泥头车专项整治行动,查扣违法违规车辆1408台。')).toEqual(['城市道路扬尘污染和泥头车专项整治行动']);
  });

  it('reads drives, months and programmes by their head and the verb before them', () => {
    expect(surfaces('立即部署开展安全生产大排查大整治专项行动,重点对建设工程项目等9类安全生产活动进行为期半年的专项整改。')).toEqual([
      '安全生产大排查大整治专项行动',
    ]);
    expect(surfaces('坚持把政治纪律和政治规矩作为纪律教育学习月的必学内容。')).toEqual(['纪律教育学习月']);
    expect(surfaces('实施名校研究生计划,2018年吸引了700多位全国各高校在读硕士。')).toEqual(['名校研究生计划']);
  });

  it('does not read generic or descriptive drives, nor plans, as named campaigns', () => {
    expect(run('开展排查整改专项行动,排查出不招标、违规招标的项目线索共85个。')).toEqual([]);
    expect(run('开展领导干部不作为不尽责问题专项整治,对不作为不尽责的严肃问责。')).toEqual([]);
    expect(run('成立专项领导小组,开展专项整改行动。')).toEqual([]);
    expect(run('坚决打赢这场攻坚战,开展一系列专项行动。')).toEqual([]);
    expect(run('落实好党的基层组织建设三年行动计划,以提升组织力为重点。')).toEqual([]);
    expect(run('第二批34个拥堵节点计划2019年春节前完工。')).toEqual([]);
    expect(run('在市委重点工作和三大攻坚战一线识别、发现干部。').map((c) => c.surface)).not.toContain('市委重点工作和三大攻坚战');
  });

  it('reads items listed next to a quoted programme', () => {
    expect(surfaces('深入实施基层党组织“头雁”工程、先锋工程和达标创优活动,进一步营造氛围。')).toEqual([
      '“头雁”工程',
      '先锋工程',
      '达标创优活动',
    ]);
    // The same words alone are ordinary nouns.
    expect(run('积极开展理论宣讲活动。')).toEqual([]);
  });
});

describe('quoted names (Dongguan report sentences)', () => {
  it('reads the quoted name with the head after it', () => {
    expect(names('探索实施“智网党建”工程。')).toEqual([['“智网党建”工程', '“智网党建”工程']]);
    expect(names('二是深入抓好“裸官”专项整治。')).toEqual([['“裸官”专项整治', '“裸官”专项整治']]);
    expect(names('完成违建治理1000万平方米(含“三旧”改造拆除)。')).toEqual([['“三旧”改造', '“三旧”改造']]);
  });

  it('names an activity, a study campaign or a reform after its quoted part', () => {
    expect(names('积极推进“数字政府”改革建设。')).toEqual([['“数字政府”改革', '数字政府']]);
    expect(names('三是深入推进党的十九大精神“六进”活动。')).toEqual([['“六进”活动', '六进']]);
    expect(names('组织开展“大学习、大宣讲”活动。')).toEqual([['“大学习、大宣讲”活动', '大学习、大宣讲']]);
    expect(names('推动“两学一做”学习教育常态化制度化。')).toEqual([['“两学一做”学习教育', '两学一做']]);
    expect(names('组织开展党的十九大精神“百场宣讲进基层”等宣讲活动共1300多场次。')).toEqual([['百场宣讲进基层', '百场宣讲进基层']]);
  });

  it('reads a quoted programme name and a quoted name right after a launching verb', () => {
    expect(surfaces('深入开展“智网工程”建设。')).toEqual(['智网工程']);
    expect(surfaces('新增双聘院士2名、“广东特支计划”入选者2名。')).toEqual(['广东特支计划']);
    expect(surfaces('持续开展“深调研”工作。')).toEqual(['深调研']);
    expect(surfaces('开展“以案治本”工作,制作警示教育片。')).toEqual(['以案治本']);
    expect(surfaces('推进“数字政府”和一体化政务服务体系建设。')).toEqual(['数字政府']);
    expect(surfaces('深化“最多跑一次”和建设工程项目审批制度改革。')).toEqual(['最多跑一次']);
  });

  it('leaves quoted goals, targets, mechanisms and descriptions alone', () => {
    expect(run('确保“条条有整改、件件有着落”。')).toEqual([]);
    expect(run('线下以“网格化”形式实现党建全面覆盖。')).toEqual([]);
    expect(run('将党建学习资料等“搬上网络”“送入云端”,实现组织学习“全天候”,党员相互之间交流“零距离”。')).toEqual([]);
    expect(run('切实纠正“事不关己”等错误认识。')).toEqual([]);
    expect(run('用好政治巡察这把“利剑”,采取“双查”方式。')).toEqual([]);
    expect(run('深入做好“结合”和“转化”文章。')).toEqual([]);
    expect(run('事业单位、国企、学校、“两新”组织等领域党支部,完善“三资”监管平台系统。')).toEqual([]);
    expect(run('特别是“一把手”的巡察,提高个人事项填报“一致率”。')).toEqual([]);
    expect(run('打击“两违”背后“保护伞”,取消以“摇珠”方式确定中标人,防范“量身定制”。')).toEqual([]);
    expect(run('建立“1+N”政策体系,落实“两个100%”任务。')).toEqual([]);
    expect(run('基本实现了新增违法建设“零增长”。')).toEqual([]);
  });

  it('records numbered political formulas (optional in the guidelines) by their shape', () => {
    expect(surfaces('牢固树立“四个意识”,坚定“四个自信”,严格落实“三会一课”制度,压实“一岗双责”。')).toEqual([
      '四个意识',
      '四个自信',
      '一岗双责',
    ]);
  });
});

describe('one campaign, one canonical name', () => {
  it('gives the bare stem of a drive elsewhere the drive’s name', () => {
    const text = '分别就扫黑除恶、扫除“黄赌毒”开展督导。按照中央的部署要求开展扫黑除恶专项斗争。';
    expect(names(text)).toEqual([
      ['扫黑除恶', '扫黑除恶专项斗争'],
      ['扫黑除恶专项斗争', '扫黑除恶专项斗争'],
    ]);
  });

  it('reads a short form only where it stands as an item', () => {
    const text = '开展市场监管专项行动。加强市场监管能力建设,统筹市场监管、质量安全等工作。';
    expect(names(text)).toEqual([
      ['市场监管专项行动', '市场监管专项行动'],
      ['市场监管', '市场监管专项行动'],
    ]);
  });

  it('gives a battle without its 战 the battle’s name, but not inside a longer battle', () => {
    const text = '(1)全力推进污染防治攻坚。一是全面打响水污染防治攻坚战。推进生态环境保护和污染防治攻坚战。';
    expect(names(text)).toEqual([
      ['污染防治攻坚', '污染防治攻坚战'],
      ['水污染防治攻坚战', '水污染防治攻坚战'],
      ['污染防治攻坚战', '污染防治攻坚战'],
    ]);
  });

  it('groups one quoted stem under its first headed form, and its bare quotes too', () => {
    const text = '督导“两违”整治。成立东莞市“两违”治理工作领导小组。打击“两违”的非法利益链。';
    expect(names(text)).toEqual([
      ['“两违”整治', '“两违”整治'],
      ['“两违”治理', '“两违”整治'],
      ['两违', '“两违”整治'],
    ]);
    const study = '强化“两学一做”学习教育督导。大力推动“两学一做”向村(社区)基层延伸。';
    expect(names(study)).toEqual([
      ['“两学一做”学习教育', '两学一做'],
      ['两学一做', '两学一做'],
    ]);
  });

  it('reads nothing inside a 《…》 title', () => {
    expect(run('出台《东莞市打好污染防治攻坚战三年行动计划(2018-2020年)》。')).toEqual([]);
    expect(run('制定《东莞市“十百千万百万”人才工程行动方案》等系列政策文件。')).toEqual([]);
  });
});

describe('other reports, other campaigns (sentences written for these tests)', () => {
  it('reads study campaigns with their subject, quoted or not', () => {
    expect(names('深入开展“不忘初心、牢记使命”主题教育,扎实开展党史学习教育。')).toEqual([
      ['“不忘初心、牢记使命”主题教育', '不忘初心、牢记使命'],
      ['党史学习教育', '党史学习教育'],
    ]);
    expect(surfaces('结合深入贯彻中央八项规定精神学习教育,不断深化认识。')).toEqual(['深入贯彻中央八项规定精神学习教育']);
    expect(run('加强党员学习教育,打通学习教育“最后一公里”,进一步强化学习教育,坚持日常学习教育。')).toEqual([]);
    expect(surfaces('扎实开展党纪学习教育。')).toEqual(['党纪学习教育']);
    expect(surfaces('深入学习贯彻习近平新时代中国特色社会主义思想主题教育。')).toEqual([
      '深入学习贯彻习近平新时代中国特色社会主义思想主题教育',
    ]);
  });

  it('reads battles and drives of other cities', () => {
    expect(surfaces('决战决胜脱贫攻坚战,奋力夺取扫黑除恶专项斗争全面胜利。')).toEqual(['脱贫攻坚战', '扫黑除恶专项斗争']);
    expect(surfaces('全面打赢脱贫攻坚战,坚决打好防范化解重大风险攻坚战,全力打赢疫情防控阻击战。')).toEqual([
      '脱贫攻坚战',
      '防范化解重大风险攻坚战',
      '疫情防控阻击战',
    ]);
    expect(names('持续推进“放管服”改革,开展“以案促改”专项行动。')).toEqual([
      ['“放管服”改革', '放管服'],
      ['“以案促改”专项行动', '“以案促改”专项行动'],
    ]);
    expect(surfaces('开展作风建设年活动,编制建设年度计划。')).toEqual(['作风建设年']);
    expect(surfaces('今年以来,我市脱贫攻坚战取得决定性成效,2018年扫黑除恶专项斗争深入推进。')).toEqual(['脱贫攻坚战', '扫黑除恶专项斗争']);
    expect(surfaces('市扫黑除恶专项斗争第二督导组到尖山区开展督导检查。')).toEqual(['扫黑除恶专项斗争']);
    expect(surfaces('市场监管专项行动扎实推进。')).toEqual(['市场监管专项行动']);
    expect(run('12个行业系统专项治理扎实推进,努力在行业系统专项治理实现新突破。')).toEqual([]);
    expect(names('开展“三个以案”警示教育,扎实开展政法队伍教育整顿。')).toEqual([
      ['“三个以案”警示教育', '三个以案'],
      ['政法队伍教育整顿', '政法队伍教育整顿'],
    ]);
    expect(surfaces('开展农村人居环境整治三年行动,全面实施基层正风反腐三年行动实施方案,落实好党的基层组织建设三年行动计划。')).toEqual([
      '农村人居环境整治三年行动',
    ]);
    expect(surfaces('深入实施强基工程,推进长安新河工程和水乡大道升级改造工程。')).toEqual(['强基工程']);
  });

  it('reads traditional-script input through the folded text, naming it in simplified script', () => {
    const text = '(一)深化安全生產大排查大整治專項行動。深入開展「掃黑除惡」專項鬥爭,開展了“回頭看”。';
    expect(names(text)).toEqual([
      ['安全生產大排查大整治專項行動', '安全生产大排查大整治专项行动'],
      ['「掃黑除惡」專項鬥爭', '“扫黑除恶”专项斗争'],
    ]);
  });

  it('reads straight and full-width quote marks as quotes', () => {
    expect(names('开展"以案治本"工作,实施＂头雁＂工程。')).toEqual([
      ['以案治本', '以案治本'],
      ['＂头雁＂工程', '“头雁”工程'],
    ]);
  });

  it('leaves slogans of working style and quoted targets alone', () => {
    expect(run('坚持“当下改”与“长久立”相结合,树牢全区“一盘棋”思想。')).toEqual([]);
    expect(run('实现“零容忍”,营造“亲清”政商关系。')).toEqual([]);
    expect(run('推进基层党组织“三化”建设。')).toEqual([]);
    expect(run('印发“清廉医院”行动计划和“强基”工程实施方案。')).toEqual([]);
    expect(run('统一“党群服务中心”活动阵地标识。')).toEqual([]);
    expect(run('全面推行“河长制”,落实“首问负责制”,推行“驻点+”工作机制,建立“室组地”联动监督机制。')).toEqual([]);
    expect(run('视情开展行业整顿或专项治理,不断巩固深化巡察成果运用。')).toEqual([]);
    expect(run('落实“首违不罚”,推广“一线工作法”,坚持和发展新时代“枫桥经验”。')).toEqual([]);
    expect(run('开展“一对一”谈话,实施“清单化”管理,开展“拉网式”排查,推进“点对点”督导,开展“僵尸企业”处置。')).toEqual([]);
  });

  it('reads initiatives launched by a verb or named by their activity in other cities', () => {
    expect(names('持续推进“一网通办”,深化“万人助万企”活动。')).toEqual([
      ['一网通办', '一网通办'],
      ['“万人助万企”活动', '万人助万企'],
    ]);
  });
});

describe('the whole Dongguan report', () => {
  const text = readFileSync(new URL('../../data/reports/dongguan-2018.txt', import.meta.url), 'utf8');
  const found = run(text);

  it('gives every mention a span that reads its own text and never overlaps another', () => {
    const sorted = [...found].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
  });

  it('groups short forms with their campaign and reads no quoted target or goal as one', () => {
    const byName = new Map<string, Set<string>>();
    for (const c of found) {
      const name = c.canonical ?? c.surface;
      if (!byName.has(name)) byName.set(name, new Set());
      byName.get(name)!.add(c.surface);
    }
    expect([...byName.get('扫黑除恶专项斗争')!].sort()).toEqual(['扫黑除恶', '扫黑除恶专项斗争']);
    expect([...byName.get('污染防治攻坚战')!].sort()).toEqual(['污染防治攻坚', '污染防治攻坚战']);
    expect(byName.get('两学一做')).toContain('“两学一做”学习教育');
    for (const notCampaign of ['保护伞', '一把手', '条条有整改、件件有着落', '网格化', '零增长', '红包', '三资', '两新', '1+N']) {
      expect(byName.has(notCampaign)).toBe(false);
    }
  });

  it('finds no campaign inside a 《…》 title', () => {
    for (const c of found) {
      const before = text.slice(0, c.start);
      expect(before.lastIndexOf('《') <= before.lastIndexOf('》')).toBe(true);
    }
  });
});

describe('malformed input', () => {
  // Seeded, so a failure replays: fragments of real syntax in random order, with stray and unbalanced marks.
  const pieces = [
    '《',
    '》',
    '〈',
    '〉',
    '“',
    '”',
    '"',
    '「',
    '」',
    '<',
    '>',
    '\n',
    '开展',
    '专项行动',
    '攻坚战',
    '扫黑除恶',
    '活动',
    '工程',
    '和',
    '、',
    '2018年',
    '12个',
    '两学一做',
    '学习教育',
    '计划',
    '实施',
    ',',
    '。',
    ' ',
  ];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

  it('never throws and every candidate reads its own text', () => {
    for (let n = 0; n < 300; n++) {
      let text = '';
      const len = Math.floor(next() * 40);
      for (let i = 0; i < len; i++) text += pieces[Math.floor(next() * pieces.length)];
      for (const c of run(text)) {
        expect(c.start).toBeGreaterThanOrEqual(0);
        expect(c.end).toBeLessThanOrEqual(text.length);
        expect(c.end).toBeGreaterThan(c.start);
      }
    }
  });
});
