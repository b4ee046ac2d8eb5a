import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences written for the case by helper orgs13 (none from a report).
describe('organizations: a company named inside another company’s name', () => {
  it('reads a state group, its provincial company and its city unit as one body, not a company across their edge', () => {
    expect(namesOf(entitiesOf('国家电网有限公司浙江省电力有限公司宁波供电公司开展带电作业。'), 'organization')).toEqual([
      '国家电网有限公司浙江省电力有限公司宁波供电公司',
    ]);
    expect(namesOf(entitiesOf('国网浙江省电力有限公司湖州供电公司开展带电作业。'), 'organization')).toEqual([
      '国网浙江省电力有限公司湖州供电公司',
    ]);
  });
  it('reads a company whose legal form jieba cuts off its 公司 (有限责任/l|公司) and whose name holds an abbreviation in 化', () => {
    expect(namesOf(entitiesOf('巡视组对中国中化控股有限责任公司党组开展常规巡视。'), 'organization')).toEqual(['中国中化控股有限责任公司']);
    expect(namesOf(entitiesOf('察布查尔县城乡建设投资有限责任公司完成融资。'), 'organization')).toEqual([
      '察布查尔县城乡建设投资有限责任公司',
    ]);
  });
  it('reads the owner and the company it owns (所属) as two bodies, the bracketed kind kept in the second', () => {
    expect(namesOf(entitiesOf('中国中化控股有限责任公司所属中化国际（控股）股份有限公司完成重组。'), 'organization')).toEqual([
      '中化国际（控股）股份有限公司',
      '中国中化控股有限责任公司',
    ]);
  });
});
