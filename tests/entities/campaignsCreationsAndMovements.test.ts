import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/text/foldText.ts';
import { entitiesOf } from './entityTestKit.ts';

const campaigns = (text: string) =>
  entitiesOf(text, foldText(text))
    .filter((e) => e.type === 'campaign')
    .map((e) => e.name)
    .sort();

// Sentences written for the rules (regcamp23; tests/fixtures/regcamp23 holds the set they came from) and of gwr-1954,
// gwr-1960, gwr-1978 and gwr-2024.
describe('creation drives, movements and drives named by year or held up by 以', () => {
  it('reads a drive of earning a title by the title it earns, with the level 全国 that opens it', () => {
    expect(campaigns('全力冲刺全国文明城市创建，市民文明素质测评得分位居全省第一。')).toEqual(['全国文明城市创建']);
    expect(campaigns('成功通过国家卫生县城复审，巩固国家卫生县城创建成果。')).toEqual(['国家卫生县城创建']);
    expect(campaigns('深入开展国家生态文明建设示范区创建，森林覆盖率达到68.5%。')).toEqual(['国家生态文明建设示范区创建']);
    // The verb of a clause, or what the creating measures, is no drive.
    expect(campaigns('各县区积极创建文明城市。县级机关创建达标率达到92%。全市创建工作有序推进。')).toEqual([]);
  });
  it('reads a movement named by its quoted slogan, and one joined to a drive named before it', () => {
    expect(campaigns('有些地方兴办了小型的林产化学工业和其他工业，开展了“万宝山”运动。')).toEqual(['“万宝山”运动']);
    expect(campaigns('全国农村人民公社在去年冬季的“小秋收”运动和短途运输运动中，取得了几十亿元的收入。')).toEqual([
      '“小秋收”运动',
      '短途运输运动',
    ]);
    expect(campaigns('深入开展健康中国行动和爱国卫生运动，筑牢人民群众健康防线。')).toEqual(['健康中国行动', '爱国卫生运动']);
    // A class of movements, and the count of a list, are no name.
    expect(campaigns('广泛的和深入的镇压反革命运动和各种民主改革运动。')).not.toContain('各种民主改革运动');
    expect(campaigns('把阶级斗争、生产斗争和科学实验三大革命运动一齐抓起来。')).toEqual([]);
  });
  it('reads a drive dated by its year without the year, and none where only its head is held up by 以', () => {
    expect(campaigns('深入开展2023年群众身边不正之风和腐败问题集中整治，查处问题线索132件。')).toEqual([
      '群众身边不正之风和腐败问题集中整治',
    ]);
    expect(campaigns('各地要以攻坚行动为抓手，推动问题整改清零。')).toEqual([]);
  });
});
