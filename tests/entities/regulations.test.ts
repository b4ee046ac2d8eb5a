import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { foldText } from '../../src/text/foldText.ts';
import { findRegulations } from '../../src/entities/findRegulations.ts';
import { isSameDocument, groupCitations } from '../../src/entities/regulations/groupCitations.ts';
import { stripIssuerPrefix } from '../../src/entities/regulations/issuerPrefix.ts';

// Test input is folded as the pipeline folds it (text/foldText: same length).
const fold = foldText;
const run = (text: string) => findRegulations(text, fold(text));
const names = (text: string) => run(text).map((c) => [c.surface, c.canonical ?? c.surface]);

describe('titles in 《…》 (Dongguan report sentences)', () => {
  it('reads each title inside its marks, with exact offsets', () => {
    const text = '根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡视整改进展情况予以公布。';
    const found = run(text);
    expect(found.map((c) => [c.surface, c.start, c.end])).toEqual([
      ['中国共产党巡视工作条例', 3, 14],
      ['中国共产党党内监督条例', 17, 28],
    ]);
    for (const c of found) {
      expect(text.slice(c.start, c.end)).toBe(c.surface);
      expect(c.type).toBe('regulation');
      expect(c.canonical).toBeUndefined();
    }
  });

  it('keeps a nested 〈…〉 title in the outer name and gives the inner title its own candidate', () => {
    const text = '印发《东莞市贯彻落实〈广东省加强党的基层组织建设三年行动计划(2018-2020年)〉的实施方案》及其责任清单。';
    expect(names(text)).toEqual([
      [
        '东莞市贯彻落实〈广东省加强党的基层组织建设三年行动计划(2018-2020年)〉的实施方案',
        '东莞市贯彻落实〈广东省加强党的基层组织建设三年行动计划(2018-2020年)〉的实施方案',
      ],
      ['广东省加强党的基层组织建设三年行动计划(2018-2020年)', '广东省加强党的基层组织建设三年行动计划(2018-2020年)'],
    ]);
  });

  it('reads titles written back to back and books as well as rules', () => {
    const text = '编印《理论热点名词100例》《习近平总书记重要讲话精神学习宣讲提纲》等资料。';
    expect(run(text).map((c) => c.surface)).toEqual(['理论热点名词100例', '习近平总书记重要讲话精神学习宣讲提纲']);
  });

  it('keeps a quoted phrase inside a title as written', () => {
    const text = '制定《关于做好巡视整改“立行立改”工作的通知》,重点推动整改。';
    expect(run(text).map((c) => c.surface)).toEqual(['关于做好巡视整改“立行立改”工作的通知']);
  });

  it('ignores empty marks, an unclosed 《 and a lone < outside a title', () => {
    expect(run('见《》。')).toEqual([]);
    expect(run('出台《东莞市物业管理办法\n\n下一段没有结束标记》')).toEqual([]);
    expect(run('比例<50%,且>30%。')).toEqual([]);
    expect(run('出台《东莞市物业管理办法,加强管理。\n下一段印发通知》。')).toEqual([]);
  });
});

describe('variants of marks and script', () => {
  it('folds a traditional-script title to its simplified canonical name', () => {
    const text = '市紀委監委按照《中國共產黨紀律處分條例》督促兩鎮修訂津補貼發放辦法。';
    const [c] = run(text);
    expect(c!.surface).toBe('中國共產黨紀律處分條例');
    expect(c!.canonical).toBe('中国共产党纪律处分条例');
    expect(text.slice(c!.start, c!.end)).toBe(c!.surface);
  });

  it('reads full-width ＜…＞ inside a title as a nested title', () => {
    const text = '印发《关于贯彻＜中华人民共和国监察法＞的实施意见》。';
    expect(names(text)).toEqual([
      ['关于贯彻＜中华人民共和国监察法＞的实施意见', '关于贯彻〈中华人民共和国监察法〉的实施意见'],
      ['中华人民共和国监察法', '中华人民共和国监察法'],
    ]);
  });

  it('reads titles marked with doubled angle brackets, ASCII or full-width', () => {
    expect(run('学习<<中国共产党章程>>和＜＜中国共产党廉洁自律准则＞＞。').map((c) => c.canonical ?? c.surface)).toEqual([
      '中国共产党章程',
      '中国共产党廉洁自律准则',
    ]);
  });

  it('leaves the padding inside the marks out of the span', () => {
    const text = '《 人民日报 》( 2021年04月21日 04 版)';
    expect(run(text).map((c) => [c.surface, c.start, c.end])).toEqual([['人民日报', 2, 6]]);
  });

  it('groups one title citing another with 〈〉, 《》 or <> inside', () => {
    const text = '印发《贯彻落实〈中国共产党章程〉的实施方案》,执行《贯彻落实《中国共产党章程》的实施方案》。';
    expect(run(text).map((c) => c.canonical ?? c.surface)).toEqual([
      '贯彻落实〈中国共产党章程〉的实施方案',
      '中国共产党章程',
      '贯彻落实〈中国共产党章程〉的实施方案',
      '中国共产党章程',
    ]);
  });

  it('joins a title split by a space or a line break under one name without the gap', () => {
    const text = '学习《中国共产党 纪律处分条例》和《中国共产党纪律\n处分条例》。';
    expect(run(text).map((c) => c.canonical ?? c.surface)).toEqual(['中国共产党纪律处分条例', '中国共产党纪律处分条例']);
  });
});

describe('one document cited twice', () => {
  it('groups …的实施意见 and …的意见 under the longer citation (Dongguan lines 14 and 103)', () => {
    const text =
      '出台《中共东莞市委关于贯彻落实新时代党的建设总要求不断提高党的建设质量的实施意见》。' +
      '认真贯彻落实《中共东莞市委关于贯彻落实新时代党的建设总要求不断提高党的建设质量的意见》,推动党的建设。';
    const found = run(text);
    expect(found).toHaveLength(2);
    expect(new Set(found.map((c) => c.canonical ?? c.surface))).toEqual(
      new Set(['中共东莞市委关于贯彻落实新时代党的建设总要求不断提高党的建设质量的实施意见']),
    );
  });

  it('keeps different documents apart', () => {
    expect(isSameDocument('市政府常务会议议事规则', '市政府专题工作会议议事规则')).toBe(false);
    expect(isSameDocument('关于做好2018年发展党员工作的通知', '关于做好2019年发展党员工作的通知')).toBe(false);
    expect(isSameDocument('关于推进城乡社区协商工作的意见', '关于推进城乡社区协商工作的通知')).toBe(false);
    // A short title differing by 实施 is not enough evidence.
    expect(isSameDocument('工作意见', '工作实施意见')).toBe(false);
    expect(
      isSameDocument(
        '东莞市贯彻落实〈广东省加强党的基层组织建设三年行动计划(2018-2020年)〉的实施方案',
        '广东省加强党的基层组织建设三年行动计划(2018-2020年)',
      ),
    ).toBe(false);
  });

  it('treats a trailing (试行) or (2018年修订) as the same document', () => {
    expect(isSameDocument('关于推进城乡社区协商工作的实施意见(试行)', '关于推进城乡社区协商工作的实施意见')).toBe(true);
    const canon = groupCitations(['中国共产党纪律处分条例', '中国共产党纪律处分条例(2018年修订)']);
    expect(canon.get('中国共产党纪律处分条例')).toBe('中国共产党纪律处分条例(2018年修订)');
  });
});

describe('a short title citing back a longer one', () => {
  it('names 《条例》 after the nearest title it ends', () => {
    const text = '认真学习《中国共产党纪律处分条例》,严格执行《条例》各项规定;印发《整改方案》。';
    expect(names(text)).toEqual([
      ['中国共产党纪律处分条例', '中国共产党纪律处分条例'],
      ['条例', '中国共产党纪律处分条例'],
      ['整改方案', '整改方案'],
    ]);
  });

  it('names a quoted short form (without issuer or years) after the full title', () => {
    const text =
      '印发《东莞市基层正风反腐三年行动实施方案(2018-2020年)》。落实《基层正风反腐三年行动实施方案》,学习《中国共产党巡视工作条例》和《巡视工作条例》,贯彻新修订的巡视工作条例。';
    expect(run(text).map((c) => [c.surface, c.canonical ?? c.surface])).toEqual([
      ['东莞市基层正风反腐三年行动实施方案(2018-2020年)', '东莞市基层正风反腐三年行动实施方案(2018-2020年)'],
      ['基层正风反腐三年行动实施方案', '东莞市基层正风反腐三年行动实施方案(2018-2020年)'],
      ['中国共产党巡视工作条例', '中国共产党巡视工作条例'],
      ['巡视工作条例', '中国共产党巡视工作条例'],
      ['巡视工作条例', '中国共产党巡视工作条例'],
    ]);
  });

  it('keeps a quoted national rule apart from the local rule named after it', () => {
    const text = '根据《物业管理条例》,制定《东莞市物业管理条例》。';
    expect(run(text).map((c) => c.canonical ?? c.surface)).toEqual(['物业管理条例', '东莞市物业管理条例']);
  });
});

describe('running-text citations of a quoted title', () => {
  it('reads the title without its place and years as an alias (Dongguan line 103)', () => {
    const text =
      '印发《东莞市基层正风反腐三年行动实施方案(2018-2020年)》,开展专项行动。' +
      '坚定不移正风肃纪反腐,全面实施基层正风反腐三年行动实施方案,深入整治。';
    const found = run(text);
    const alias = found.find((c) => c.surface === '基层正风反腐三年行动实施方案')!;
    expect(alias.canonical).toBe('东莞市基层正风反腐三年行动实施方案(2018-2020年)');
    expect(text.slice(alias.start, alias.end)).toBe('基层正风反腐三年行动实施方案');
    expect(found).toHaveLength(2);
  });

  it('does not read a different plan that shares words as an alias (Dongguan line 103)', () => {
    const text =
      '印发《东莞市贯彻落实〈广东省加强党的基层组织建设三年行动计划(2018-2020年)〉的实施方案》。落实好党的基层组织建设三年行动计划,以提升组织力为重点。';
    expect(run(text).map((c) => c.surface)).toEqual([
      '东莞市贯彻落实〈广东省加强党的基层组织建设三年行动计划(2018-2020年)〉的实施方案',
      '广东省加强党的基层组织建设三年行动计划(2018-2020年)',
    ]);
  });

  it('strips the issuer by the gazetteer, for any city', () => {
    expect(stripIssuerPrefix('杭州市数字化改革实施方案')).toBe('数字化改革实施方案');
    expect(stripIssuerPrefix('中共东莞市委巡察工作规划(2018-2021年)')).toBe('巡察工作规划(2018-2021年)');
    expect(stripIssuerPrefix('中国共产党巡视工作条例')).toBe('巡视工作条例');
    expect(stripIssuerPrefix('关于进一步加强和规范党组工作的通知')).toBe('关于进一步加强和规范党组工作的通知');
    const text = '制定《杭州市数字化改革实施方案》,推进数字化改革实施方案落地。';
    expect(run(text).map((c) => [c.surface, c.canonical])).toEqual([
      ['杭州市数字化改革实施方案', undefined],
      ['数字化改革实施方案', '杭州市数字化改革实施方案'],
    ]);
  });
});

describe('the whole Dongguan report', () => {
  const text = readFileSync(new URL('../../data/reports/dongguan-2018.txt', import.meta.url), 'utf8');
  const found = run(text);

  it('finds every 《…》 title, each reading its own text', () => {
    const outer = (text.match(/《/g) ?? []).length;
    expect(found.filter((c) => text[c.start - 1] === '《')).toHaveLength(outer);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.surface);
  });

  it('never names a document after a span that crosses a line', () => {
    for (const c of found) expect(c.surface).not.toMatch(/\n/);
  });
});

describe('malformed input', () => {
  // Seeded, so a failure replays: title and quote marks in random order around real words.
  const pieces = [
    '《',
    '》',
    '〈',
    '〉',
    '<',
    '>',
    '<<',
    '>>',
    '\n',
    '\n\n',
    '条例',
    '东莞市',
    '实施意见',
    '的意见',
    '(2018-2020年)',
    ' ',
    ',',
  ];
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

  it('never throws and every candidate reads its own text inside the text', () => {
    for (let n = 0; n < 300; n++) {
      let text = '';
      const len = Math.floor(next() * 30);
      for (let i = 0; i < len; i++) text += pieces[Math.floor(next() * pieces.length)];
      for (const c of run(text)) {
        expect(text.slice(c.start, c.end)).toBe(c.surface);
        expect(c.end).toBeGreaterThan(c.start);
      }
    }
  });
});
