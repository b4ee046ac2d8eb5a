/**
 * The short forms Chinese official writing gives the names of party and government bodies (机构简称), each with the full
 * name it stands for: 人社局 for 人力资源和社会保障局, 发改委 for 发展和改革委员会, 工商联 for 工商业联合会. These are the
 * language's conventions, the same in every province's reports (the abbreviations the State Council's and the provinces'
 * bodies use of themselves in their own documents); no name of any report. Only the tail of a name is abbreviated: a place
 * or a level is written before it (衡阳市人社局, 省发改委).
 */
// prettier-ignore
export const BODY_SHORT_NAMES: readonly (readonly [short: string, full: string])[] = [
  ['人社局', '人力资源和社会保障局'], ['人社厅', '人力资源和社会保障厅'], ['人社部', '人力资源和社会保障部'],
  ['发改委', '发展和改革委员会'], ['发展改革委', '发展和改革委员会'], ['发改局', '发展和改革局'],
  ['住建局', '住房和城乡建设局'], ['住建厅', '住房和城乡建设厅'], ['住建部', '住房和城乡建设部'],
  ['工信局', '工业和信息化局'], ['工信厅', '工业和信息化厅'], ['工信部', '工业和信息化部'],
  ['卫健委', '卫生健康委员会'], ['卫健局', '卫生健康局'], ['卫生健康委', '卫生健康委员会'],
  ['市场监管局', '市场监督管理局'], ['市场监管总局', '市场监督管理总局'],
  ['文旅局', '文化和旅游局'], ['文旅厅', '文化和旅游厅'], ['文旅部', '文化和旅游部'],
  ['应急局', '应急管理局'], ['应急厅', '应急管理厅'],
  ['医保局', '医疗保障局'], ['退役军人局', '退役军人事务局'], ['退役军人厅', '退役军人事务厅'],
  ['城管局', '城市管理局'], ['科技局', '科学技术局'], ['科技厅', '科学技术厅'],
  ['自然资源规划局', '自然资源和规划局'], ['生态环境委', '生态环境委员会'],
  ['国资委', '国有资产监督管理委员会'], ['政法委', '政法委员会'], ['纪委', '纪律检查委员会'], ['监委', '监察委员会'],
  ['编办', '机构编制委员会办公室'], ['网信办', '网络安全和信息化委员会办公室'], ['台办', '台湾事务办公室'], ['外办', '外事办公室'],
  ['统战部', '统一战线工作部'], ['人大常委会', '人民代表大会常务委员会'], ['中院', '中级人民法院'],
  ['工商联', '工商业联合会'], ['残联', '残疾人联合会'], ['妇联', '妇女联合会'], ['科协', '科学技术协会'],
  ['文联', '文学艺术界联合会'], ['侨联', '归国华侨联合会'],
];
