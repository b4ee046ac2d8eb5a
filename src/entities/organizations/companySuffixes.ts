// The words that end a company's or an institution's name, and the part a company plays in a trade: shared by the
// readers of companies (institutions.ts), of bodies named after a place and of names a dictionary knows.

// 株式会社: the legal form of Japanese and Korean companies as Chinese writes it (韩国…株式会社).
export const COMPANY_SUFFIXES: readonly string[] = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '集团有限公司',
  '集团',
  '总公司',
  '公司',
  '株式会社',
  '合作社',
];
// Institutions are named like companies but the suffix alone is an ordinary noun (高校, 医院): they need a proper name.
export const INSTITUTION_SUFFIXES = [
  '大学',
  '学院',
  '医院',
  '银行',
  '研究院',
  '实验室',
  '出版社',
  '报社',
  '日报',
  '晚报',
  '电视台',
  '机场',
  '博物馆',
  '博物院',
  // 太原幼儿师范|高等|专科学校: a college of higher vocational education, named by its place and field (专科学校/l one word).
  '专科学校',
];

// Parties to a works contract (施工单位, 监理单位, 建设单位, 中标人, 承包商), written before the company that plays the part.
// So are the parts a company plays in a trade (生产商, 经销商, 运营商: 大白兔奶糖的生产商|上海冠生园食品有限公司).
export const PROJECT_ROLE = /(单位|中标人|投标人|承包商|供应商|分包商|承包人|生产商|制造商|经销商|运营商|开发商|服务商)$/;

/**
 * 43|家央企|子公司: a subsidiary counted by 家 right before its name is one of a kind; so is one named only by its field
 * (无人系统|子公司, which the reader asks of its words), while one is named by its owner or a name (华为|子公司).
 */
export function countedSubsidiary(folded: string, start: number): boolean {
  return (
    /[0-9０-９一两几多数][家个]$/.test(folded.slice(Math.max(0, start - 2), start)) ||
    (/^家/.test(folded.slice(start, start + 1)) && /[0-9０-９]/.test(folded[start - 1] ?? ''))
  );
}

// The words of a company's legal form jieba may cut off its 公司 (有限责任/l|公司, 股份有限|公司), longest first.
const LEGAL_FORM_WORDS = ['股份有限', '有限责任', '股份合作', '有限'];

/** The length of 股份 or of a legal form's words written right before a company's suffix that are part of it. */
export function shareWordsBefore(folded: string, at: number, suffix: string): number {
  if (suffix === '有限公司' && folded.startsWith('股份', at - 2)) return 2;
  if (suffix === '公司') for (const w of LEGAL_FORM_WORDS) if (folded.startsWith(w, at - w.length)) return w.length;
  return 0;
}
