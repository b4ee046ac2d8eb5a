/**
 * The State Council's constituent departments (国务院组成部门), each by its full name and the short names official writing
 * gives it: the 26 of the 2023 reform (《国务院关于机构设置的通知》, 国发〔2023〕5号) and the ministries and commissions the
 * reforms of 1982–2018 merged or renamed (they stand in the State Council's reports of those years). Structure of the
 * government, as the democratic parties' list is: no report's names.
 */
export const STATE_COUNCIL_DEPARTMENTS: readonly { name: string; short?: readonly string[] }[] = [
  { name: '外交部' },
  { name: '国防部' },
  { name: '国家发展和改革委员会', short: ['国家发展改革委', '国家发改委'] },
  { name: '教育部' },
  { name: '科学技术部', short: ['科技部'] },
  { name: '工业和信息化部', short: ['工信部'] },
  { name: '国家民族事务委员会', short: ['国家民委'] },
  { name: '公安部' },
  { name: '国家安全部' },
  { name: '民政部' },
  { name: '司法部' },
  { name: '财政部' },
  { name: '人力资源和社会保障部', short: ['人力资源社会保障部', '人社部'] },
  { name: '自然资源部' },
  { name: '生态环境部' },
  { name: '住房和城乡建设部', short: ['住房城乡建设部', '住建部'] },
  { name: '交通运输部' },
  { name: '水利部' },
  { name: '农业农村部' },
  { name: '商务部' },
  { name: '文化和旅游部', short: ['文旅部'] },
  { name: '国家卫生健康委员会', short: ['国家卫生健康委', '国家卫健委'] },
  { name: '退役军人事务部' },
  { name: '应急管理部' },
  { name: '审计署' },
  // Merged or renamed by the reforms of 1982–2018.
  { name: '国家计划委员会', short: ['国家计委'] },
  { name: '国家经济委员会', short: ['国家经委'] },
  { name: '国家经济贸易委员会', short: ['国家经贸委'] },
  { name: '国家科学技术委员会', short: ['国家科委'] },
  { name: '国家教育委员会', short: ['国家教委'] },
  { name: '国家体育运动委员会', short: ['国家体委'] },
  { name: '国家计划生育委员会', short: ['国家计生委'] },
  { name: '国家人口和计划生育委员会', short: ['国家人口计生委'] },
  { name: '国家卫生和计划生育委员会', short: ['国家卫生计生委'] },
  { name: '国防科学技术工业委员会', short: ['国防科工委'] },
  { name: '对外贸易经济合作部', short: ['外经贸部'] },
  { name: '对外经济贸易部', short: ['经贸部'] },
  { name: '环境保护部', short: ['环保部'] },
  { name: '国土资源部' },
  { name: '建设部' },
  { name: '铁道部' },
  { name: '交通部' },
  { name: '卫生部' },
  { name: '农业部' },
  { name: '文化部' },
  { name: '人事部' },
  { name: '劳动部' },
  { name: '劳动人事部' },
  { name: '劳动和社会保障部' },
  { name: '信息产业部' },
  { name: '邮电部' },
  { name: '广播电影电视部', short: ['广电部'] },
  { name: '地质矿产部' },
  { name: '林业部' },
  { name: '监察部' },
  { name: '能源部' },
  { name: '水利电力部' },
  { name: '电力工业部' },
  { name: '煤炭工业部' },
  { name: '冶金工业部' },
  { name: '化学工业部' },
  { name: '机械工业部' },
  { name: '电子工业部' },
  { name: '纺织工业部' },
  { name: '轻工业部' },
  { name: '石油工业部' },
  { name: '核工业部' },
  { name: '航空航天工业部' },
  { name: '商业部' },
  { name: '物资部' },
  { name: '农牧渔业部' },
  { name: '城乡建设环境保护部' },
];

/**
 * The financial regulators directly under the State Council (国务院直属机构 or 直属事业单位), by the names official writing
 * gives them: no place has one of its own (a province's is its 监管局), so the short name alone (证监会) is the national
 * body. Those the 2003, 2018 and 2023 reforms merged stand in the reports of their years. 国家金融监督管理总局 is read as
 * a national administration (国家…总局) elsewhere.
 */
export const STATE_COUNCIL_REGULATORS: readonly { name: string; short?: readonly string[] }[] = [
  { name: '中国证券监督管理委员会', short: ['中国证监会', '证监会'] },
  { name: '中国银行保险监督管理委员会', short: ['中国银保监会', '银保监会'] },
  { name: '中国银行业监督管理委员会', short: ['中国银监会', '银监会'] },
  { name: '中国保险监督管理委员会', short: ['中国保监会', '保监会'] },
];

/** Every name a department is written with, full and short. */
export const STATE_COUNCIL_DEPARTMENT_NAMES: ReadonlySet<string> = new Set(
  STATE_COUNCIL_DEPARTMENTS.flatMap((d) => [d.name, ...(d.short ?? [])]),
);
