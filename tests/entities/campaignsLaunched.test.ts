import { describe, expect, it } from 'vitest';
import { findCampaigns } from '../../src/entities/findCampaigns.ts';

// Sentences written in the style of the held-out reports; every one is already in simplified, half-width-free form,
// so the folded text is the text itself.
const run = (text: string) => {
  const found = findCampaigns(text, text);
  for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.surface);
  return found.map((c) => [c.surface, c.start, c.end, c.canonical ?? c.surface]);
};

describe('unquoted …行动 right after a launch verb', () => {
  it('reads a named drive after 开展, with its exact span', () => {
    const text = '推进农村人居环境整治。开展村庄清洁行动,改造农村户厕8200户。';
    expect(run(text)).toEqual([['村庄清洁行动', 13, 19, '村庄清洁行动']]);
  });

  it('reads it after 深入推进 and 实施 too', () => {
    expect(run('深入推进农村垃圾分类行动,农村面貌明显改善。')).toEqual([['农村垃圾分类行动', 4, 12, '农村垃圾分类行动']]);
    expect(run('全面实施河湖清四乱行动。')).toEqual([['河湖清四乱行动', 4, 11, '河湖清四乱行动']]);
  });

  it('finds nothing for a generic 专项行动, 开展行动 with no name, or a 行动计划 document', () => {
    expect(run('开展排查整改专项行动,整改问题12个。')).toEqual([]);
    expect(run('开展专项整改行动,立行立改。')).toEqual([]);
    expect(run('各部门迅速开展行动,抓好落实。')).toEqual([]);
    expect(run('开展联合行动,查处违法企业3家。')).toEqual([]);
    // A stem ending in an action word is a generic drive (打击整治行动), left to the 专项/集中整治行动 heads.
    expect(run('开展打击整治行动。')).toEqual([]);
    expect(run('实施农村人居环境整治行动计划,完成年度任务。')).toEqual([]);
    expect(run('实施村庄清洁行动方案。')).toEqual([]);
  });

  it('finds nothing without a launch verb right before the name', () => {
    expect(run('党员参加志愿服务、先锋行动2.1万人次。')).toEqual([]);
    expect(run('把整改作为深化自我革命的具体行动。')).toEqual([]);
    expect(run('加强村庄清洁行动的督导。')).toEqual([]);
  });
});

describe('launched “X”机制', () => {
  it('reads a four-character programme run as a mechanism after a launch verb, named by its quoted part', () => {
    const text = '推动解决群众急难愁盼问题。深化“民呼我为”机制,全年受理群众诉求3.26万件。';
    expect(run(text)).toEqual([['民呼我为', 16, 20, '民呼我为']]);
  });

  it('leaves out described mechanisms, institutions, manners and unlaunched quotes', () => {
    expect(run('完善“驻点+”工作机制。')).toEqual([]);
    expect(run('深化“室组地”联动监督机制。')).toEqual([]);
    expect(run('推行“一站式”机制。')).toEqual([]);
    expect(run('深化“河长湖长”工作机制。')).toEqual([]);
    expect(run('建立“民呼我为”机制。')).toEqual([]);
    expect(run('推行“首问负责制”机制。')).toEqual([]);
  });
});

// Sentences of gwr-1958, gwr-1964, gwr-2008 and of the hand-written genre set (tests/fixtures/campreg).
describe('unquoted …运动 right after a launch verb', () => {
  it('reads a named movement after 开展 (gwr-1964, gwr-1958, gwr-2008)', () => {
    expect(run('卫生方面，要继续开展爱国卫生运动，改善城乡卫生条件。').map((c) => c[0])).toEqual(['爱国卫生运动']);
    expect(run('职工群众正在开展反浪费运动。').map((c) => c[0])).toEqual(['反浪费运动']);
    expect(run('大力发展公共体育事业，广泛开展全民健身运动。').map((c) => c[0])).toEqual(['全民健身运动']);
  });
  it('reads no movement named only by who moves or its field (gwr-1964, written for the rule)', () => {
    expect(run('我们在经济建设中开展群众运动，也取得了成功的经验。')).toEqual([]);
    expect(run('在全社会支持下，开展体育运动，增强青少年体质。')).toEqual([]);
  });
});

describe('the left edge and the quoted subject of an activity (genre set)', () => {
  it('stops a study campaign’s name at 参加', () => {
    expect(run('组织全体党员参加党纪学习教育。').map((c) => c[0])).toEqual(['党纪学习教育']);
  });
  it('reads no campaign in a quoted post before the activity it does (述责述廉, 公开承诺)', () => {
    expect(run('开展“一把手”述责述廉，组织“一把手”公开承诺。')).toEqual([]);
  });
});

// Sentences of gwr-2024, gwr-2006 and of the second hand-written set (tests/fixtures/campreg).
describe('a drive whose name holds a verb, a hazard search and a quoted 攻坚计划', () => {
  it('reads a launched …行动 past a verb inside its name to the verb that launches it (gwr-2024)', () => {
    expect(run('深入实施国有企业改革深化提升行动，做强做优主业。').map((c) => c[0])).toEqual(['国有企业改革深化提升行动']);
    expect(run('推动国企改革深化提升行动落地见效。').map((c) => c[0])).toEqual(['国企改革深化提升行动']);
  });
  it('reads …专项排查整治 as a drive and “X”攻坚计划 as a programme (gwr-2024, gwr-2006)', () => {
    expect(run('狠抓安全生产，开展重大事故隐患专项排查整治。').map((c) => c[0])).toEqual(['重大事故隐患专项排查整治']);
    expect(run('继续实施西部地区“两基”攻坚计划。').map((c) => c[0])).toEqual(['“两基”攻坚计划']);
  });
  it('reads nothing when no launch verb stands further left (written for the rule)', () => {
    expect(run('各地深化提升行动落实情况。')).toEqual([]);
  });
});

// gwr-2022, dongguan-2018 and sentences written for the rule.
describe('a launched two-character quoted name', () => {
  it('reads it where the clause ends on it', () => {
    expect(run('持续深化“双减”，推动学前教育发展。').map((c) => c[3])).toEqual(['双减']);
  });
  // Before 工作 or 政策 that ends the clause it is read (campaignsUntunedGenres.test.ts).
  it('reads none before a noun, which it names the kind of (written for the rule)', () => {
    expect(run('推进“双创”示范基地建设。')).toEqual([]);
  });
});
