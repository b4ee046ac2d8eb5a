import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

const bodies = (text: string) =>
  entitiesOf(text)
    .filter((e) => e.type === 'organization')
    .map((e) => e.name)
    .sort();

// A sentence of the thirty-second held-out set (shanxi-audit-office-2024-gb18030, a 审计厅's audit work report) and sentences
// written for these tests: jieba glues a province's name to a trade name's first character (山西晋/nr) and reads its second
// as a verb (通/v, 发/v, 建/v). On the first run 山西晋通路桥建设集团有限公司 was read as a false 路桥建设集团有限公司.
describe('a company whose trade name jieba cut after the province glued to its first character', () => {
  it('is named from the province on (山西)', () => {
    const s = '山西汾源生态建设有限公司多计工程价款2860万元；山西晋通路桥建设集团有限公司将承包的3个标段违法分包。';
    expect(bodies(s)).toEqual(['山西晋通路桥建设集团有限公司', '山西汾源生态建设有限公司']);
    expect(bodies('审计发现，山西晋发建设有限公司虚增工程量。')).toEqual(['山西晋发建设有限公司']);
    expect(bodies('山西晋建集团有限公司中标3个项目。')).toEqual(['山西晋建集团有限公司']);
  });
});

describe('a 高等专科学校 named by its place and field', () => {
  it('is an institution after 所属, in prose as in a table’s cell (山西)', () => {
    expect(bodies('省教育厅所属太原幼儿师范高等专科学校违规收取培训费。')).toEqual(['太原幼儿师范高等专科学校', '山西省教育厅']);
    expect(bodies('长沙航空职业技术学院和湖南医药高等专科学校联合办学。')).toContain('湖南医药高等专科学校');
  });

  it('not the kind alone (全省高等专科学校, 各类专科学校)', () => {
    expect(bodies('全省高等专科学校招生3.2万人，各类专科学校共12所。')).toEqual([]);
  });
});
