// Deterministic generators of hostile report text for the extractor fuzz test.

import { prng, type Rng } from '../../src/util/seededRandom.ts';

export { prng, type Rng };

// Pieces the stages look for: heading numbers, ordinals, brackets, units, date parts, chrome markers; and things they must survive.
const TOKENS = [
  '一、',
  '二、',
  '十一、',
  '(一)',
  '（二）',
  '(十)',
  '1.',
  '2．',
  '12.',
  '(1)',
  '（3）',
  '一是',
  '二是',
  '十是',
  '关于',
  '的问题',
  '问题的整改',
  '《',
  '》',
  '《中国共产党',
  '条例》',
  '“',
  '”',
  '「',
  '」',
  '(',
  ')',
  '（',
  '）',
  '【',
  '】',
  '[NextPage]',
  '[/NextPage]',
  '镇',
  '街道',
  '村',
  '社区',
  '新区',
  '市委',
  '省委',
  '市纪委监委',
  '巡视组',
  '委员会',
  '局',
  '办',
  '公司',
  '中心',
  '同志',
  '书记',
  '万元',
  '亿元',
  '%',
  '％',
  '个百分点',
  '公里',
  '平方米',
  '亩',
  '家',
  '名',
  '人次',
  '宗',
  '件',
  '起',
  '同比增长',
  '同比下降',
  '约',
  '近',
  '多',
  '余',
  '以上',
  '年',
  '月',
  '日',
  '至',
  '—',
  '－',
  '-',
  '~',
  '〇',
  '２０１８',
  '１２３',
  '0',
  '.',
  '．',
  '。',
  '，',
  ',',
  '、',
  '；',
  ';',
  '：',
  ':',
  '？',
  '！',
  '…',
  '……',
  '\n',
  '\n\n',
  '\r\n',
  ' ',
  '\u3000',
  '\t',
  '\u00a0',
  '\ufeff',
  '\u200b',
  '\ufffd',
  '𠀀',
  '𪚥',
  '😀',
  '👨‍👩‍👧',
  'é',
  'A',
  'z',
  '攻坚战',
  '专项行动',
  '专项斗争',
  '工程',
  '立案',
  '查处',
  '给予',
  '处分',
  '问责',
  '追缴',
  '清退',
  '事故',
  '死亡',
  '主办单位:',
  'ICP备',
  '<script>',
  '&lt;',
  '"><img src=x>',
  'javascript:',
  '大朗镇',
  '东莞市',
  '東莞市',
  '廣東省',
  '梁维东',
  '李希',
];
const CJK_RANGES: [number, number][] = [
  [0x4e00, 0x9fff], // common ideographs
  [0x3400, 0x4dbf], // extension A
  [0x20000, 0x2a6df], // extension B: surrogate pairs
];

function randomChar(r: Rng, sample: string): string {
  const k = r.int(10);
  if (k < 4) return sample[r.int(sample.length)] ?? '中'; // characters the reports really use
  if (k < 7) {
    const [lo, hi] = r.pick(CJK_RANGES);
    return String.fromCodePoint(lo + r.int(hi - lo + 1));
  }
  if (k < 9) return String(r.int(10));
  return String.fromCharCode(0x20 + r.int(0x5f));
}

/** A string made of random characters and tokens the stages care about. */
export function randomText(r: Rng, sample: string, maxLength = 400): string {
  const n = 1 + r.int(maxLength);
  let s = '';
  while (s.length < n) s += r.next() < 0.45 ? r.pick(TOKENS) : randomChar(r, sample);
  return wellFormed(s);
}

/** A slice of real text with random insertions, deletions, swaps and duplications. */
export function mutatedText(r: Rng, real: string, maxLength = 3000): string {
  const len = 1 + r.int(maxLength);
  const start = r.int(Math.max(1, real.length - len));
  let s = real.slice(start, start + len);
  const edits = 1 + r.int(12);
  for (let i = 0; i < edits; i++) {
    const at = r.int(s.length + 1);
    const span = 1 + r.int(Math.min(40, s.length + 1));
    switch (r.int(5)) {
      case 0:
        s = s.slice(0, at) + (r.next() < 0.7 ? r.pick(TOKENS) : randomChar(r, real)) + s.slice(at);
        break;
      case 1:
        s = s.slice(0, at) + s.slice(at + span);
        break;
      case 2: {
        const other = r.int(s.length + 1);
        const [p, q] = at < other ? [at, other] : [other, at];
        s = s.slice(0, p) + s.slice(q, q + span) + s.slice(p + span, q) + s.slice(p, p + span) + s.slice(q + span);
        break;
      }
      case 3:
        s = s.slice(0, at) + s.slice(at, at + span).repeat(2 + r.int(3)) + s.slice(at + span);
        break;
      default: {
        // Cut in the middle of a surrogate pair or a bracket pair on purpose: truncated files do this.
        s = s.slice(0, at);
      }
    }
  }
  return wellFormed(s);
}

/** Lone surrogates become U+FFFD, as any decoder of a file's bytes would give: the reader never hands on anything else. */
export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\ufffd');
}
