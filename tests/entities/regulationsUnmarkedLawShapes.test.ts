import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

const laws = (text: string) =>
  entitiesOf(text)
    .filter((e) => e.type === 'regulation')
    .map((e) => e.mentions.map((m) => m.surface).join('|'))
    .sort();

// Laws named without marks whose words jieba cuts otherwise than subject|法: sentences of the held-out reports (police,
// water, health, veterans, a congress) and of regs-recall.tsv, and sentences written for the rules.
describe('unmarked laws jieba does not read as a subject and 法', () => {
  it('reads a law carried out (落实) or studied (学习) as a rule is (regs-recall 3, 曲靖 police)', () => {
    expect(laws('全县公安机关严格落实反电诈法，对涉案“两卡”人员实施惩戒412人。')).toEqual(['反电诈法']);
    expect(laws('组织民警学习治安管理处罚法和道路交通安全法，全市公安机关行政复议纠错率下降。')).toEqual([
      '治安管理处罚法',
      '道路交通安全法',
    ]);
  });

  it('reads no method or doctrine studied or publicized (学习辩证法), only a law named with its object (written for the rule)', () => {
    expect(laws('在工作中学习辩证法，宣传辩证法和唯物论。')).toEqual([]);
    expect(laws('法院和学校一起深入宣传未成年人保护法，组织干部学习公职人员政务处分法。')).toEqual([
      '公职人员政务处分法',
      '未成年人保护法',
    ]);
  });

  it('reads a law named for a quality (安全|法) only with the thing before it, cited (regs-recall 16)', () => {
    expect(laws('县市场监管局依据食品安全法查处过期食品案件42件，罚没款36万元。')).toEqual(['食品安全法']);
    expect(laws('施工现场要注意安全法则，安全法规培训全覆盖。')).toEqual([]);
  });

  it('reads a one-character subject in 法 only among the laws it is listed with (舒城 water bureau)', () => {
    expect(laws('依据《中华人民共和国河道管理条例》和水法的有关规定，没收违法所得。')).toEqual(['中华人民共和国河道管理条例', '水法']);
    expect(laws('严格执行水法、防洪法，加大河道采砂执法力度。')).toEqual(['水法', '防洪法']);
    expect(laws('学员们练习书法、刀法和剑法，执行新战法。')).toEqual([]);
  });

  it('reads a law whose name joins two things back to the verb or the law before it (贵州 health, 永新 veterans)', () => {
    expect(laws('广泛宣传贯彻基本医疗卫生与健康促进法和医师法，开展法治宣传活动。')).toEqual(['医师法', '基本医疗卫生与健康促进法']);
    expect(laws('深入贯彻《退役军人保障法》和军人地位和权益保障法，围绕中心工作。')).toEqual(['军人地位和权益保障法', '退役军人保障法']);
  });

  it('reads a law whose carrying out is inspected, from its first noun (株洲 congress)', () => {
    expect(laws('市人大农业与农村委员会赴茶陵县开展乡村振兴促进法实施情况专题调研。')).toEqual(['乡村振兴促进法']);
  });
});
