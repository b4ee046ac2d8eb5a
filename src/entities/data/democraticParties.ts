/**
 * The eight democratic parties of China, each by its full name and the short names it goes by, as the State Council
 * Information Office's white paper 《中国新型政党制度》 (2021) lists them: language data, not any report's names.
 */
export const DEMOCRATIC_PARTIES: readonly { name: string; short: readonly string[] }[] = [
  { name: '中国国民党革命委员会', short: ['民革'] },
  { name: '中国民主同盟', short: ['民盟'] },
  { name: '中国民主建国会', short: ['民建'] },
  { name: '中国民主促进会', short: ['民进'] },
  { name: '中国农工民主党', short: ['农工党', '农工民主党'] },
  { name: '中国致公党', short: ['致公党'] },
  { name: '九三学社', short: [] },
  { name: '台湾民主自治同盟', short: ['台盟'] },
];

/** Every name a democratic party is written with, full names first. */
export const DEMOCRATIC_PARTY_NAMES: readonly string[] = [
  ...DEMOCRATIC_PARTIES.map((p) => p.name),
  ...DEMOCRATIC_PARTIES.flatMap((p) => p.short),
];

/** The name each party goes by before a committee of its own (民盟永嘉县委会, 九三学社绍兴市委员会): its first short name. */
export const DEMOCRATIC_PARTY_SHORT_NAMES: readonly string[] = DEMOCRATIC_PARTIES.map((p) => p.short[0] ?? p.name);
