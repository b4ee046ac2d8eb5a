import { describe, expect, it } from 'vitest';
import { markedSpans, QUOTE_MARKS, TITLE_MARKS } from '../../src/text/marks.ts';
import { insideAny } from '../../src/text/spanSearch.ts';

const read = (text: string, marks: Parameters<typeof markedSpans>[1]) => markedSpans(text, marks).map((s) => text.slice(s.start, s.end));

describe('markedSpans', () => {
  it('keeps a nested 〈〉 title inside its 《》 title', () => {
    const text = '印发《关于〈广东省三年行动计划(2018-2020年)〉的实施方案》及《执法宣传动态》1万份。';
    expect(read(text, TITLE_MARKS)).toEqual(['《关于〈广东省三年行动计划(2018-2020年)〉的实施方案》', '《执法宣传动态》']);
  });

  it('ignores an opener left open at the end of a line', () => {
    const text = '见《未完的标题\n全市新建管网1152公里,“两违”整治。';
    expect(read(text, TITLE_MARKS)).toEqual([]);
    expect(read(text, QUOTE_MARKS)).toEqual(['“两违”']);
  });

  it('tells whether a span lies inside one of them', () => {
    const text = '编印《理论热点名词100例》等资料近20万册。';
    const spans = markedSpans(text, TITLE_MARKS);
    expect(insideAny(spans, text.indexOf('100'), text.indexOf('100') + 3)).toBe(true);
    expect(insideAny(spans, text.indexOf('20万'), text.indexOf('20万') + 2)).toBe(false);
  });
});
