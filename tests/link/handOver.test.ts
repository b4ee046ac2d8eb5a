import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

const links = figureLinks;
const org = (name: string, text: string) => makeEntity('organization', name, text);

// The development gold links the matters a body receives from an inspection team to both (886件 → 市纪委监委 + 省委第二巡视组,
// written 市纪委监委收到省委巡视组移交…886件). The same holds when the report is written from the team's side: the body the
// matters are handed to (移交, 移送, 转交…) is what the count is about, wherever it stands in the clause.
describe('linkReport: matters handed over to another body', () => {
  it('links a count written before 移交 X to X as well as to the team', () => {
    const text = '县委第一巡察组将9件问题线索移交县纪委监委。';
    expect(links(text, [org('县委第一巡察组', text), org('县纪委监委', text)])).toEqual([['9件', ['县委第一巡察组', '县纪委监委']]]);
  });

  it('links a count to the receiving body when no team is named', () => {
    const text = '巡察发现问题线索15条,其中9件移交县纪委监委处置。';
    expect(links(text, [org('县纪委监委', text)])).toEqual([
      ['15条', []],
      ['9件', ['县纪委监委']],
    ]);
  });

  it('gives each of several receivers its own count (移交X 9件、Y 3件)', () => {
    const text = '县委第一巡察组发现问题线索15条,已移交县纪委监委9件、县委组织部3件。';
    expect(links(text, [org('县委第一巡察组', text), org('县纪委监委', text), org('县委组织部', text)])).toEqual([
      ['15条', ['县委第一巡察组']],
      ['9件', ['县委第一巡察组', '县纪委监委']],
      ['3件', ['县委第一巡察组', '县委组织部']],
    ]);
  });

  it('keeps the receiving subject of the development report (收到…移交…)', () => {
    const text = '市纪委监委收到市委巡察组移交问题线索12件,已办结10件。';
    expect(links(text, [org('市纪委监委', text), org('市委巡察组', text)])).toEqual([
      ['12件', ['市纪委监委', '市委巡察组']],
      ['10件', ['市纪委监委', '市委巡察组']],
    ]);
  });
});
