import { POSTS_BEFORE } from './personNames.ts';

// Kinds of people a report names someone by, written right before the name: the parties of a court or procuratorate
// case (原告刘桂兰, 被告人张小明, 申请执行人罗秀英, 罪犯蒋志明), the people of a village or a street and those a report
// honours (老党员雷长生, 脱贫户潘小军, 种粮大户邓建华, 烈士甘明远, 战斗英雄龚长福), and trades and offices of a firm
// (电焊工冯建国, 财务总监赵立军). Written for this project from ordinary Chinese usage (the parties' names of the civil,
// criminal and administrative procedure laws; reports' and news' prose); none is a name. A withheld name after them
// (被告人张某某) is no name: 某 ends every reading.
const STUDENTS = ['博士生', '硕士生', '研究生', '本科生', '博士后'];
// …and of a body, named after it (市水利局领导杜宏伟、郑三元等, 厅领导, 公司领导).
const LEADERS = [
  ...['市领导', '省领导', '县领导', '区领导', '州领导', '校领导'],
  ...['局领导', '厅领导', '部领导', '委领导', '院领导', '办领导', '公司领导', '集团领导'],
];

export const PERSON_ROLES = [
  // Parties and people of a case.
  '原告',
  '被告',
  '被告人',
  '上诉人',
  '被上诉人',
  '申请人',
  '被申请人',
  '申请执行人',
  '被执行人',
  '第三人',
  '犯罪嫌疑人',
  '嫌疑人',
  '罪犯',
  '服刑人员',
  '被害人',
  '受害人',
  '证人',
  '公诉人',
  '鉴定人',
  '辩护人',
  // A bankrupt firm's administrator (管理人张洁清清算资产时…).
  '管理人',
  // The court's and the procuratorate's own people (检察官常悦, 审判员, 书记员林晓).
  '法官',
  '审判员',
  '人民陪审员',
  '检察官',
  '书记员',
  '代理人',
  '当事人',
  '举报人',
  '信访人',
  // People of a village, a street or a programme.
  '党员',
  '老党员',
  '共产党员',
  '志愿者',
  '网格员',
  '脱贫户',
  '贫困户',
  '低保户',
  '五保户',
  '大户',
  '养殖户',
  '种植户',
  // Farmers, herders and fishers, as a story or a report names one (农民柳长河一家, 牧民, 渔民).
  ...['农民', '牧民', '渔民'],
  '村医',
  '乡村医生',
  // Who answers for a household's help or a matter, and a household's head, as a village's notice names them
  // (帮扶责任人程亚军, 驻村干部王遵义, 户主阮志刚, 监护人).
  ...['责任人', '帮扶责任人', '帮扶人', '帮扶干部', '驻村干部', '户主', '监护人'],
  '护林员',
  '保洁员',
  '环卫工人',
  '农民工',
  // A worker of a unit named after the unit's chain of names (一四七团十二连职工刘桂兰): read as after a post, held to the
  // word-of-the-language test as every role here (职工福利, 职工文化 name no one), and to ROLES_BEFORE_DEEDS' below.
  '职工',
  // A cadre named after the unit (县医保局干部赵敏, 村干部), held to the same test and to CADRES_OF_UNITS' below.
  '干部',
  // Those a report honours or mourns.
  '烈士',
  '功臣',
  '英雄',
  '劳模',
  '劳动模范',
  '道德模范',
  // A team's coaches and its leader at a games (主教练水庆霞, 领队周继红), and a match's referees (裁判长褚建明).
  // A contest's players by their kind (云南选手卯春兰, 中国选手石宇奇).
  ...['选手', '运动员', '棋手'],
  '教练',
  '主教练',
  '领队',
  '裁判',
  '裁判长',
  '裁判员',
  '主裁判',
  // Ranks of the fire and rescue service (四级消防长谢文斌).
  '消防长',
  '消防员',
  '指挥长',
  // Trades and offices of a firm.
  '焊工',
  '电工',
  '钳工',
  '技术员',
  '总监',
  '总工程师',
  // Who leads a project or was honoured for one (总设计师胡浩, 总指挥常进, 高校专家常建华, 茅盾文学奖得主常万泉).
  '设计师',
  '总指挥',
  '专家',
  '得主',
  '护士',
  // A hospital's ranks of doctors, nurses and pharmacists (主任医师郇建平, 主治医师税晓东, 护士长汤丽霞): a rank says a
  // person follows as a post does, so a surname in no list is read after it as after a post.
  ...['医师', '主任医师', '副主任医师', '主治医师', '住院医师', '护士长', '护师', '主管护师', '药师', '主任药师'],
  // The leaders of a city, a county or a school named together after what they are (市领导张卫民、刘芳、黄志坚).
  ...LEADERS,
  // Students by degree (博士生王雨桐、李浩然和硕士生赵一鸣), held to ROLES_BEFORE_DEEDS' test (研究生来/v|莞实践), and a
  // pupil by class or grade (四年级学生李浩然, 学生杨文明), whose given name jieba may read as any word (浩然/a).
  ...STUDENTS,
  '学生',
].sort((a, b) => b.length - a.length);

/**
 * A person's kin written right before the person's name, as an obituary, a biography or a family's story names them
 * (长子阎立新, 次子阎立华, 外孙女甘一诺, 哥哥揭明光, 夫人钱慧芳): read as after a kind of person. Kept apart from
 * PERSON_ROLES, which also says who is a member of a body (link/describedPeople).
 */
export const KIN_BEFORE_NAMES = [
  ...['父亲', '母亲', '丈夫', '妻子', '夫人', '爱人', '老伴', '儿子', '女儿', '儿媳', '女婿'],
  ...['长子', '次子', '三子', '幼子', '独子', '长女', '次女', '三女', '幼女', '独女', '养子', '养女'],
  ...['孙子', '孙女', '外孙', '外孙女', '侄子', '侄女', '外甥', '外甥女'],
  // …and as a literary text writes them, after 其 (其子廖启明, 其父, 其妻).
  ...['其父', '其母', '其妻', '其夫', '其子', '其女'],
  ...['哥哥', '弟弟', '姐姐', '妹妹', '胞兄', '胞弟', '胞姐', '胞妹', '兄长'],
  ...['祖父', '祖母', '外祖父', '外祖母', '爷爷', '奶奶', '外公', '外婆'],
  // A clan's ancestor, as its genealogy names him (一世祖阎文远, 始迁祖).
  ...['始祖', '世祖', '始迁祖', '先祖'],
].sort((a, b) => b.length - a.length);

/**
 * Roles that reports write as often before what their people do (全体职工都有…, 职工干多干少, 研究生来莞实践): the name
 * after them must hold no word jieba reads as an act, a quantity or a function word.
 */
export const ROLES_BEFORE_DEEDS: ReadonlySet<string> = new Set(['职工', '干部', ...STUDENTS]);

/**
 * 干部 says a name follows only after the unit the cadre serves (县医保局干部赵敏, 镇干部, 街道干部); after a rank or a
 * kind (领导干部廉政意识, 年轻干部, 党员干部) what follows is what cadres do or have.
 */
export const CADRES_OF_UNITS = /(?:[局委办院所站队厅部处科镇乡村区县市省司社组]|中心|街道)干部$/;

/**
 * Students, cadres and a place's leaders, written as often of a body of them as of one (研究生来莞/x|实践: come to Dongguan,
 * 区领导包联/x|重点项目: each leader in charge of a project): after them a reading of two characters opening on a verb
 * (来, 包) is what they do.
 */
export const ROLES_OF_MANY: ReadonlySet<string> = new Set([...STUDENTS, '学生', '干部', ...LEADERS]);

const POSTS_AND_ROLES = [...POSTS_BEFORE, ...PERSON_ROLES];

/** A post or a kind of person ends right at `at` (党委书记|吉克阿呷, 村民|阿依古丽·买买提): a name may follow. */
export const afterPostOrRole = (folded: string, at: number): boolean => POSTS_AND_ROLES.some((p) => folded.startsWith(p, at - p.length));
