// A budget sums its sources and uses in words (收入预算数86.5亿元，加上级补助收入42.3亿元、调入资金12.6亿元，减去调出资金8.5亿元):
// 加 and 减去 are the sum's operators, not part of the item they add or take away (上级补助收入, 调出资金). Only before the
// words a budget's items open with, so that 加大, 加强, 加快 and their objects stay as written.
const OPERATOR = /^(?:加上|加|减去|减|扣除)(?=(?:上级|上年|调入|调出|债务|专项债务|动用|转移支付|预算稳定调节基金|国有资本经营预算))/;
// 按30%比例调出资金0.98亿元: the rate's 比例 is read after its number and opens the next item; it names none.
const RATE_LEFT = /^比例(?=[\u4e00-\u9fff]{3})/;

/** The key of a budget's item without the operator of the sum it is written in. */
export function withoutArithmetic(key: string): string {
  return key.replace(OPERATOR, '').replace(RATE_LEFT, '');
}
