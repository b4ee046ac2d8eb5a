import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

const laws = (text: string) =>
  entitiesOf(text)
    .filter((e) => e.type === 'regulation')
    .map((e) => e.name)
    .sort();

// Laws a court's or a procuratorate's work report cites without title marks (the kind the twenty-fourth set's brief
// suggested), in sentences written for this test.
describe('laws of criminal justice named without title marks', () => {
  it('reads a law against a thing where jieba glues 反 to the thing’s first character (反有|组织|犯罪|法)', () => {
    expect(laws('准确适用反有组织犯罪法，依法严惩黑恶势力犯罪。')).toEqual(['反有组织犯罪法']);
  });

  it('reads a procedure law told by a distinguishing word (刑事|诉讼法), as 民事诉讼法', () => {
    expect(laws('按照刑事诉讼法有关规定，依法保障当事人诉讼权利。')).toEqual(['刑事诉讼法']);
    expect(laws('依照民事诉讼法第二百四十七条，对案件进行审查。')).toEqual(['民事诉讼法']);
  });

  it('reads a numbered amendment as a law text of its own (刑法修正案（十一）), the law alone without it', () => {
    expect(laws('准确适用刑法修正案（十一），依法惩处高空抛物犯罪。')).toEqual(['刑法修正案（十一）']);
    expect(laws('严格依照刑法，惩处危害公共安全犯罪。')).toEqual(['刑法']);
  });
});
