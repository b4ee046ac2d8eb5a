import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf } from './entityTestKit.ts';

// Rules written after the fifth held-out set's first run (a court's and a county government's work reports), each on
// sentences written for the rule, not taken from the reports.
describe('a people’s congress and its standing committee', () => {
  const text =
    '——2025年1月6日在衢州市第八届人民代表大会第五次会议上\n' +
    '过去一年，市政府主动接受市人大及其常委会的法律监督，认真办理市人大代表建议。市人大常委会听取了专项工作报告。';
  const es = entitiesOf(text);
  it('reads 市人大 as the congress, one body with its name by term, and 市人大常委会 as another', () => {
    expect(namesOf(es, 'organization')).toEqual(['衢州市人大常委会', '衢州市人民代表大会', '衢州市人民政府'].sort());
    expect(entity(es, 'organization', '衢州市人民代表大会')!.aliases.sort()).toEqual(['市人大', '衢州市第八届人民代表大会'].sort());
  });
});

describe('a river jieba does not know and the bodies named by a river', () => {
  it('reads a one-character river before a part of a river (淄河|干流, 弥河|两岸), not 入河 or 沿河', () => {
    expect(namesOf(entitiesOf('今年淄河干流水质稳定达标，弥河两岸新建绿道。'), 'place')).toEqual(['弥河', '淄河']);
    expect(namesOf(entitiesOf('全面整治入河排污口，沿河两岸植树。'), 'place')).toEqual([]);
  });
  it('reads a court or commission named by a river, not a place on it that ends like a body (杜家台)', () => {
    expect(namesOf(entitiesOf('省法院在淄河流域设立淄河流域环境资源巡回法庭。'), 'organization')).toContain('淄河流域环境资源巡回法庭');
    expect(namesOf(entitiesOf('续建汉江下游杜家台分洪工程。'), 'organization')).toEqual([]);
  });
});

describe('campaigns named by a launched struggle or by a project’s stage', () => {
  const campaigns = (text: string) => namesOf(entitiesOf(text), 'campaign');
  it('reads a struggle launched by its verb (开展扫黑除恶斗争), not a struggle of no name', () => {
    expect(campaigns('今年全县持续开展扫黑除恶斗争，社会治安明显好转。')).toEqual(['扫黑除恶斗争']);
    expect(campaigns('开展针锋相对的斗争，开展反腐败斗争。')).toEqual([]);
  });
  it('reads a …工程 with a phase or an investment after it (…工程二期, …工程完成投资), not a construction work', () => {
    expect(campaigns('城西滨河风光带提升工程完成投资3.1亿元。')).toEqual(['城西滨河风光带提升工程']);
    expect(campaigns('加快城西滨河风光带提升工程二期建设。')).toEqual(['城西滨河风光带提升工程']);
    expect(campaigns('全县升级改造工程完成投资2亿元。')).toEqual([]);
  });
});

describe('the whole of a level', () => {
  it('reads no place ending in 全县 or 全市 after a word jieba takes for a place (惠及/ns)', () => {
    expect(namesOf(entitiesOf('让改革成果更多惠及全县群众，惠及全市百姓。'), 'place')).toEqual([]);
  });
});
