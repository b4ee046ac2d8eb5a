import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { readReport } from '../../src/read/readReport.ts';
import { normalizeReport } from '../../src/normalize/normalizeReport.ts';
import { detectScript, foldText } from '../../src/text/foldText.ts';

const INPUTS = path.resolve(import.meta.dirname, '../fixtures/inputs');
const read = (name: string) => normalizeReport(readReport(path.join(INPUTS, name)));

describe('a traditional-script report (the Dongguan excerpt converted with OpenCC)', () => {
  const simplified = read('dongguan-excerpt.txt');
  const traditional = read('dongguan-excerpt-traditional.txt');

  it('is shown as written', () => {
    expect(traditional.text).toContain('省委第二巡視組對東莞市進行了巡視');
    expect(traditional.script).toBe('zh-Hant');
    expect(simplified.script).toBe('zh-Hans');
  });

  it('folds to exactly the simplified text, so entities and figures match across scripts', () => {
    expect(traditional.folded).toBe(simplified.text);
    expect(traditional.folded).toHaveLength(traditional.text.length);
  });

  it('reads the same issuer and date, and gets its inferred title in its own script', () => {
    expect(traditional.issuer).toBe('中共東莞市委');
    expect(traditional.date).toBe('2018-11-26');
    expect(traditional.title).toBe('中共東莞市委關於省委巡視整改進展情況的通報');
  });
});

describe('full-width digits, letters and punctuation', () => {
  const full = read('dongguan-fullwidth.txt');
  const half = fs.readFileSync(path.join(INPUTS, 'dongguan-halfwidth.txt'), 'utf8').trimEnd();

  it('are shown as written and folded to ASCII for matching', () => {
    expect(full.text).toContain('全市新建截污次支管网１１５２公里');
    expect(full.text).toContain('（一）以上率下，雷厉风行全面部署整改');
    expect(full.folded).toBe(half);
  });

  it('folds character by character', () => {
    expect(foldText('１２３，（一）％ＧＤＰ　二〇一八')).toBe('123,(一)%GDP 二〇一八');
    expect(foldText('￥１２.５万元')).toBe('¥12.5万元');
  });
});

describe('foldText keeps offsets', () => {
  it('never changes the length, even where OpenCC would (astral characters, one-to-many conversions)', () => {
    const mixed = '𠮷野家 乾隆 髮型 後來 臺灣 〇 ｅｍａｉｌ：ａ＠ｂ．ｃｎ 著名 干部 面条 麵條';
    expect(foldText(mixed)).toHaveLength(mixed.length);
    expect(foldText(mixed)).toBe('𠮷野家 干隆 发型 后来 台湾 〇 email:a@b.cn 著名 干部 面条 面条');
  });

  it('folds a CJK compatibility ideograph to the unified character, then to simplified', () => {
    expect(foldText('\uf900\uf902')).toBe('岂车');
  });

  it('leaves simplified text as it is', () => {
    const s = '显著成效,著名的干部,只有一只,后来的皇后,头发和发展';
    expect(foldText(s)).toBe(s);
  });

  it('detects the script from the characters only one script has', () => {
    expect(detectScript('東莞市進行了巡視')).toBe('zh-Hant');
    expect(detectScript('东莞市进行了巡视')).toBe('zh-Hans');
    expect(detectScript('中共 2018')).toBe('zh-Hans');
  });
});

describe('foldText on broken UTF-16', () => {
  it('keeps a lone surrogate where it was (fuzzed input has them)', () => {
    const s = '東\ud800莞\udc00市';
    expect(foldText(s)).toBe('东\ud800莞\udc00市');
  });
});
