import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// An award's list of works by their authors (杨志军《雪山大地》、乔叶《宝水》): news15 read none of its names. A dotted Lao
// name opening on 通 (通伦·西苏里), which news15 read as 伦·西苏里.
describe('authors listed with their works, and Lao names beside a dot', () => {
  it('reads the authors of an award list (news15)', () => {
    const es = entitiesOf('获得本届茅盾文学奖的作品及作者为：杨志军《雪山大地》、乔叶《宝水》、刘亮程《本巴》、孙甘露《千里江山图》。');
    expect(namesOf(es, 'person').sort()).toEqual(['乔叶', '刘亮程', '孙甘露', '杨志军'].sort());
  });
  it('reads no author of a place before its paper (上海《解放日报》、广州《南方日报》)', () => {
    const es = entitiesOf('各地党报如上海《解放日报》、广州《南方日报》均作了报道。');
    expect(namesOf(es, 'person')).toEqual([]);
  });
  it('reads an author of eight characters and a dot whose name reaches back to the colon that opens the list', () => {
    const es = entitiesOf('获得本届文学奖的作品及作者为：阿卜杜勒·阿齐兹《沙漠之歌》、乔叶《宝水》、刘亮程《本巴》。');
    expect(namesOf(es, 'person').sort()).toEqual(['乔叶', '刘亮程', '阿卜杜勒·阿齐兹'].sort());
  });
  it('reads no author where the words before the first work run on without a colon or a list mark', () => {
    const es = entitiesOf('获奖作品有长篇小说作者杨志军《雪山大地》、乔叶《宝水》。');
    expect(namesOf(es, 'person')).toEqual([]);
  });
  it('reads a Lao leader whose name opens on 通 (news15)', () => {
    const es = entitiesOf('越共中央总书记苏林在河内会见了老挝人民革命党中央总书记、国家主席通伦·西苏里。');
    expect(namesOf(es, 'person')).toContain('通伦·西苏里');
  });
});
