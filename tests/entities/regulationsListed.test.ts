import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';
import { foldText } from '../../src/text/foldText.ts';

// Rules named without marks after another document of a list, which the blind sample of
// tests/fixtures/audit/campaigns-recall.tsv missed (a county's work report, a bureau's summary), with sentences written
// beside them.
const regulations = (text: string) =>
  entitiesOf(text, foldText(text))
    .filter((e) => e.type === 'regulation')
    .map((e) => e.name)
    .sort();
const names = (...expected: string[]) => expected.sort();

describe('a rule listed after a document its verb cites', () => {
  it('is cited after a law read without marks', () => {
    expect(regulations('认真贯彻土地管理法和基本农田保护条例，整改违法占用耕地问题图斑214个。')).toEqual(
      names('基本农田保护条例', '土地管理法'),
    );
    expect(regulations('严格执行预算法和政府采购条例，规范资金使用。')).toEqual(names('政府采购条例', '预算法'));
  });

  it('is cited after a title in marks', () => {
    expect(regulations('依照《中华人民共和国森林法》和森林防火条例，严格野外用火管理。')).toEqual(
      names('中华人民共和国森林法', '森林防火条例'),
    );
  });
});

describe('measures (办法) named without marks', () => {
  it('are a rule with a long subject, after a verb or a document of the list', () => {
    expect(regulations('局党组严格执行《中华人民共和国统计法》和统计违纪违法责任人处分处理建议办法，统计数据质量稳步提升。')).toEqual(
      names('中华人民共和国统计法', '统计违纪违法责任人处分处理建议办法'),
    );
    expect(regulations('严格执行行政处罚法和市场监督管理行政处罚程序暂行办法。')).toEqual(
      names('市场监督管理行政处罚程序暂行办法', '行政处罚法'),
    );
    expect(regulations('严格执行公务员考试录用违纪违规行为处理办法，坚决查处违纪违规行为。')).toEqual(
      names('公务员考试录用违纪违规行为处理办法'),
    );
  });

  it('are a way, not a rule, with a short or no subject', () => {
    expect(regulations('采取各种有效办法，节约使用钢材和水泥。')).toEqual([]);
    expect(regulations('越来越多地运用经济办法管理经济。')).toEqual([]);
    expect(regulations('按照药品管理办法加强监管。')).toEqual([]);
    expect(regulations('认真执行劳动法和有关办法，维护职工权益。')).toEqual(names('劳动法'));
    expect(regulations('出台课后服务实施办法。')).toEqual([]);
  });
});
