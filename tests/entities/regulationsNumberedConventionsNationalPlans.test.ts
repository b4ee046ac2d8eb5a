import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/text/foldText.ts';
import { entitiesOf } from './entityTestKit.ts';

const regulations = (text: string) =>
  entitiesOf(text, foldText(text))
    .filter((e) => e.type === 'regulation')
    .map((e) => e.name)
    .sort();

// Sentences written for the rules (regcamp23; tests/fixtures/regcamp23 holds the set they came from) and of gwr-1994,
// gwr-2004 and gwr-2010.
describe('documents cited by their number, conventions and the state plans named without title marks', () => {
  it('reads a title followed by its document number, with the issuer written before 关于', () => {
    expect(regulations('县政府印发了青溪县优化营商环境若干措施（青政发〔2024〕1号），推出惠企政策36条。')).toEqual([
      '青溪县优化营商环境若干措施',
    ]);
    expect(regulations('3．青溪县人民政府办公室关于进一步加强城市建筑垃圾管理的通知（县政办发〔2023〕21号）')).toEqual([
      '青溪县人民政府办公室关于进一步加强城市建筑垃圾管理的通知',
    ]);
    expect(
      regulations('5．中共青溪县委办公室 青溪县人民政府办公室关于进一步规范村级小微权力运行的实施意见（青委办发〔2023〕6号）'),
    ).toEqual(['中共青溪县委办公室 青溪县人民政府办公室关于进一步规范村级小微权力运行的实施意见']);
    // Without a number the issuer stays a body of its own, as before.
    expect(regulations('根据县人民政府关于进一步加强城市建筑垃圾管理的通知，开展清理。')).toEqual(['关于进一步加强城市建筑垃圾管理的通知']);
  });
  it('reads no title whose subject only points at documents', () => {
    expect(regulations('县人民政府关于印发相关政策的通知已转发各乡镇。')).toEqual([]);
  });
  it('reads a convention or treaty by a long subject after its maker or the verb that takes it, not a class of them', () => {
    expect(regulations('认真履行联合国气候变化框架公约和生物多样性公约，推进全球气候治理。')).toEqual([
      '生物多样性公约',
      '联合国气候变化框架公约',
    ]);
    expect(regulations('支持通过谈判签订全面禁止核试验条约。')).toEqual(['全面禁止核试验条约']);
    expect(regulations('我国已经加入17个国际人权公约。两国签署了陆地边界条约。签订丧权辱国条约。')).toEqual([]);
  });
  it('reads a plan by its level, 全国 or 国家, right after the verb that carries it out', () => {
    expect(regulations('认真实施全国生态环境保护和建设规划，实施以生态建设为主的林业发展战略。')).toEqual(['全国生态环境保护和建设规划']);
    expect(regulations('按照全国主体功能区规划要求，严守生态保护红线。')).toEqual(['全国主体功能区规划']);
    expect(regulations('组织编制全国重要生态系统保护和修复重大工程总体规划，谋划重大工程12项。')).toEqual([
      '全国重要生态系统保护和修复重大工程总体规划',
    ]);
    expect(regulations('编制土地利用规划。落实国家规划。')).toEqual([]);
  });
});
