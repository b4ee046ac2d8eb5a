import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

const links = figureLinks;
const org = (name: string, text: string) => makeEntity('organization', name, text);
const person = (name: string, text: string) => makeEntity('person', name, text);

// A court's or an auditor's report names a case in one clause and gives its sums in the next (the 潍坊 court's report:
// 审结潍坊恒泰重工机械有限公司破产重整案，盘活资产18.6亿元，保留就业岗位2300余个): the case's parties are what those
// sums are about, as a subject opening the clause would be.
describe('linkReport: the parties of a case named in the clause before', () => {
  it("links a company's restructuring figures to the company", () => {
    const text = '审结宏达置业有限公司破产重整案，盘活资产3.2亿元，保留就业岗位1200余个。';
    expect(links(text, [org('宏达置业有限公司', text)])).toEqual([
      ['3.2亿元', ['宏达置业有限公司']],
      ['1200余个', ['宏达置业有限公司']],
    ]);
  });

  it('links a fine to the person tried (…受贿案，对其判处…，并处罚金…)', () => {
    const text = '依法审理某市原副市长王建国受贿案，对其判处有期徒刑十年，并处罚金200万元。';
    expect(links(text, [person('王建国', text)])).toEqual([['200万元', ['王建国']]]);
  });

  it('reads no case in 提案, 方案 or 预案', () => {
    const text = '审议市人大常委会关于城市管理的提案，共涉及15个项目。';
    expect(links(text, [org('市人大常委会', text)])).toEqual([['15个', []]]);
  });

  it('leaves a count of cases to its own clause (审结…案件537件 names no earlier case)', () => {
    const text = '高密市人民法院审结涉农资买卖合同纠纷案件537件，帮助农户挽回损失1460万元。';
    expect(links(text, [org('高密市人民法院', text)])).toEqual([
      ['537件', ['高密市人民法院']],
      ['1460万元', ['高密市人民法院']],
    ]);
  });
});
