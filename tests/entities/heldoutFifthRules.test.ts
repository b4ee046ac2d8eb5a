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
