// UI labels of search (header box and search page); kept beside search until src/i18n/zh.ts takes them in.
import { t } from '../../i18n/zh.ts';

export const searchLabels = {
  title: '搜索',
  label: '搜索',
  placeholder: '搜索名称或原文',
  submit: '搜索',
  entityTypes: t.entityTypes,
  pageTypes: { reader: '报告原文', measure: '整改措施', figure: '数字', case: '案例' },
  filterType: '类型',
  filterReport: '报告',
  filterPlace: '地点',
  any: '全部',
  searching: '正在搜索…',
  results: (n: number, q: string) => `“${q}”的结果：${n} 条`,
  none: (q: string) => `没有找到“${q}”。`,
  partialOnly: (q: string) => `没有找到完整包含“${q}”的页面；以下页面只包含其中的部分字词。`,
  partial: '部分匹配',
  exact: '名称一致',
  intro: '可搜索报告原文、实体、整改措施、数字和案例。两个字即可，如“大朗”。',
  offline: '当前从本地文件打开，全文搜索不可用；以下按名称查找实体。',
  unavailable: '全文搜索索引未能加载；以下按名称查找实体。',
  nameMatches: '名称匹配的实体',
  more: '显示更多结果',
  inPage: '页内位置',
  suggestions: '建议',
  noscript: '搜索需要启用 JavaScript。可通过导航中的实体列表浏览。',
};
