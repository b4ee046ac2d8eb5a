import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../src/structure/classifyHeading.ts';

describe('kinds of headings', () => {
  it.each([
    ['关于贯彻落实党中央和省委重大决策部署不到位问题', 'problem'],
    ['关于选人用人不规范的问题', 'problem'],
    ['对上轮巡视反馈后整改不到位问题的整改', 'problem'],
    ['关于落实全面从严治党主体责任方面', 'problem'],
    ['關於執行黨內法規有偏差問題', 'problem'],
    ['区委及主要负责人组织落实整改情况', 'other'],
    ['下一步工作打算', 'other'],
    ['全力推进污染防治攻坚', 'measure'],
    ['坚持以上率下,拧紧整改责任链条', 'measure'],
  ])('%s → %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});
