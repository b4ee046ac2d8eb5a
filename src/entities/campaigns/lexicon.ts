// Word lists of campaign names in Chinese government reports. They describe the language of such reports
// (the head words campaigns take, the verbs that launch them, the nouns that mark a quoted phrase as something else),
// not the names of any one report.

/** Head words of a patterned campaign name and the shortest stem each needs (碧水攻坚战: 2; 扫黑除恶专项斗争: 4). */
export const PATTERN_HEADS: readonly {
  head: string;
  minStem: number;
  kind: 'battle' | 'drive' | 'month' | 'study' | 'programme' | 'launched' | 'project' | 'creation';
}[] = [
  { head: '攻坚战', minStem: 2, kind: 'battle' },
  { head: '保卫战', minStem: 2, kind: 'battle' },
  { head: '防御战', minStem: 2, kind: 'battle' },
  { head: '歼灭战', minStem: 2, kind: 'battle' },
  { head: '阻击战', minStem: 2, kind: 'battle' },
  { head: '持久战', minStem: 2, kind: 'battle' },
  { head: '总体战', minStem: 2, kind: 'battle' },
  { head: '大会战', minStem: 2, kind: 'battle' },
  // 禁毒人民战争: a battle the whole people fight against one evil.
  { head: '人民战争', minStem: 2, kind: 'battle' },
  { head: '专项斗争', minStem: 4, kind: 'drive' },
  // 扫黑除恶常态化斗争: the drive's name since it was made permanent.
  { head: '常态化斗争', minStem: 4, kind: 'drive' },
  { head: '专项整治行动', minStem: 4, kind: 'drive' },
  { head: '专项治理行动', minStem: 4, kind: 'drive' },
  { head: '集中整治行动', minStem: 4, kind: 'drive' },
  { head: '专项行动', minStem: 4, kind: 'drive' },
  // 开展电动自行车安全隐患全链条整治行动: a drive that mends one field, named by it where it is launched, as a bare …行动 is;
  // without 专项 or 集中 the field must be named (环境整治行动 is the ordinary work).
  { head: '整治行动', minStem: 4, kind: 'launched' },
  { head: '治理行动', minStem: 4, kind: 'launched' },
  // 开展涉企积案清理专项活动: a drive on one matter for a while, as a 专项行动 is; a short stem (安全生产, 主题党日) is the
  // ordinary activity of its field.
  { head: '专项活动', minStem: 5, kind: 'drive' },
  { head: '专项整治', minStem: 3, kind: 'drive' },
  { head: '专项治理', minStem: 4, kind: 'drive' },
  // 群众身边不正之风和腐败问题集中整治: a drive concentrated on one field for a while, as 专项整治 is on one matter.
  { head: '集中整治', minStem: 4, kind: 'drive' },
  // 开展危险化学品安全风险集中治理: the same, where the field's risks are governed rather than mended.
  { head: '集中治理', minStem: 4, kind: 'drive' },
  // 重大事故隐患专项排查整治: a drive that searches out and mends one kind of hazard.
  { head: '专项排查整治', minStem: 4, kind: 'drive' },
  { head: '专项清理整治', minStem: 4, kind: 'drive' },
  // 开展妨碍河道行洪突出问题排查整治: a drive that searches out one field's problems and mends them, named by a long
  // description of them (six characters before 问题 and more, as a drive named by its problems is); 开展安全隐患排查整治 or
  // 群众身边问题排查整治 is the ordinary work.
  { head: '问题排查整治', minStem: 6, kind: 'drive' },
  { head: '攻坚行动', minStem: 2, kind: 'drive' },
  { head: '教育整顿', minStem: 2, kind: 'drive' },
  { head: '三年行动', minStem: 4, kind: 'drive' },
  { head: '百日行动', minStem: 2, kind: 'drive' },
  { head: '百日攻坚', minStem: 2, kind: 'drive' },
  { head: '大讨论', minStem: 2, kind: 'drive' },
  // 开展民族团结进步创建活动: the drive of creating model units of a kind, named by what is created, where it is launched.
  { head: '创建活动', minStem: 4, kind: 'launched' },
  // 开展改善就医感受提升患者体验主题活动: an activity held under a theme is named by that theme where it is launched, and by a
  // theme of six characters and more (开展主题活动, 开展学雷锋主题活动 are what a unit does on a day).
  { head: '主题活动', minStem: 6, kind: 'launched' },
  // A bare …行动 names a drive only right after the verb that launches it (开展村庄清洁行动); tried after the longer
  // 行动 heads, so 专项行动 and 三年行动 keep their own rules.
  { head: '行动', minStem: 4, kind: 'launched' },
  // 开展扫黑除恶斗争: a struggle is named only where it is launched, as a bare …行动 is.
  { head: '斗争', minStem: 4, kind: 'launched' },
  // 开展爱国卫生运动, 开展反浪费运动: a movement is named only where it is launched, as a bare …行动 is, and by more than
  // who moves or in what field (群众运动, 体育运动).
  { head: '运动', minStem: 3, kind: 'launched' },
  { head: '建设年', minStem: 2, kind: 'month' },
  { head: '提升年', minStem: 2, kind: 'month' },
  { head: '巩固年', minStem: 2, kind: 'month' },
  { head: '落实年', minStem: 2, kind: 'month' },
  { head: '突破年', minStem: 2, kind: 'month' },
  // 项目建设攻坚年(活动): a year of a push, named as 建设年 and 突破年 are.
  { head: '攻坚年', minStem: 2, kind: 'month' },
  // 项目建设推进年, 营商环境优化年, 机关效能年, 转变作风年: a year given to one push, named by what it pushes.
  { head: '推进年', minStem: 2, kind: 'month' },
  { head: '深化年', minStem: 2, kind: 'month' },
  { head: '优化年', minStem: 2, kind: 'month' },
  { head: '效能年', minStem: 2, kind: 'month' },
  { head: '作风年', minStem: 2, kind: 'month' },
  { head: '规范年', minStem: 2, kind: 'month' },
  { head: '创新年', minStem: 2, kind: 'month' },
  { head: '计划', minStem: 3, kind: 'programme' },
  { head: '工程', minStem: 2, kind: 'programme' },
  // 宜昌市城乡供水一体化示范项目: a project named by its place and its work (namedProject.ts).
  { head: '项目', minStem: 4, kind: 'project' },
  { head: '学习月', minStem: 2, kind: 'month' },
  { head: '宣传月', minStem: 2, kind: 'month' },
  { head: '教育月', minStem: 2, kind: 'month' },
  { head: '活动月', minStem: 2, kind: 'month' },
  { head: '宣传周', minStem: 2, kind: 'month' },
  // 就业援助月: a month of help given to one group, held each year under its name.
  { head: '援助月', minStem: 2, kind: 'month' },
  // 民营企业服务月, 高校毕业生就业服务月: a month of service to one group; a short stem (就业服务月) is the ordinary work.
  { head: '服务月', minStem: 4, kind: 'month' },
  { head: '学习教育', minStem: 2, kind: 'study' },
  { head: '主题教育', minStem: 2, kind: 'study' },
  // 全国文明城市创建, 国家卫生县城创建, 国家生态文明建设示范区创建: the drive of earning a title, named by the title it earns
  // (findPatternedCampaigns: only a title of a place or a unit); tried last, so 创建活动 and …创建行动 keep their own rules.
  { head: '创建', minStem: 4, kind: 'creation' },
];

/** Heads that make a campaign of the quoted name before them: “头雁”工程, “六进”活动, “两违”整治, “三旧”改造. */
export const QUOTE_HEADS: readonly string[] = [
  // 农村“三个代表”学习教育活动, “三讲”教育活动: the drive is held as an activity, its 活动 the end of its name (audit21,
  // mentions-gwr-2121.tsv row 189).
  '学习教育活动',
  '主题教育活动',
  '教育活动',
  '专项整治行动',
  '专项治理行动',
  '集中整治行动',
  '专项行动',
  '专项整治',
  '专项治理',
  '专项斗争',
  // 开展“严打”斗争: only where it is launched (findQuotedCampaigns).
  '斗争',
  '集中整治',
  '学习教育',
  '主题教育',
  '攻坚战',
  '保卫战',
  '攻坚行动',
  // 西部地区“两基”攻坚计划: a programme fought as a battle.
  '攻坚计划',
  '工程',
  '活动',
  '行动',
  '整治',
  '治理',
  '改造',
  '计划',
  '创建',
  // “万宝山”运动, “双打”运动: a movement named by its quoted slogan, known by its whole name.
  '运动',
  // “美丽庭院”创建行动: the drive of creating, named whole (not “美丽庭院”创建 and a stray 行动).
  '创建行动',
  '创建活动',
  '实践活动',
  '主题活动',
  '专项活动',
  '系列活动',
  '改革',
  '警示教育',
  '专题教育',
  '教育整顿',
  // “三讲”教育: an education drive named by its quoted part (findQuotedCampaigns: only where the name ends).
  '教育',
  '大讨论',
  // “县管校聘”管理改革: a reform named by its quoted part, whose 管理 would otherwise read as an activity on it.
  '管理改革',
  '综合改革',
  '集成改革',
  // “林票”制度改革: the reform of a system named by its quoted part (制度 alone after a quote is an institution).
  '制度改革',
  // “森林生态银行”试点, 扩大“营改增”试点: a programme tried first in a few places, named by its quoted part.
  '试点',
  // “欢乐春节”庙会: a fair held under the quoted name.
  '庙会',
];

/**
 * After a head, a document word makes the whole a plan's title (“X”行动计划, “X”工程实施方案), and a place word a
 * facility (“党群服务中心”活动阵地, 活动室), not the drive.
 */
export const NOT_A_DRIVE_AFTER_HEAD = /^(?:实施)?(?:方案|计划|意见|办法|细则|规划|纲要)|^(?:阵地|室|场所|基地|经费|中心)/;

/**
 * Heads after which the programme is the quoted part itself (“六进”活动 is the 六进 programme; 两学一做 is its 学习教育;
 * “最多跑一次”改革 is the 最多跑一次 reform).
 */
export const NAME_IS_QUOTED_PART: ReadonlySet<string> = new Set([
  '活动',
  '学习教育',
  '学习教育活动',
  '主题教育活动',
  '教育活动',
  '主题教育',
  '实践活动',
  '主题活动',
  '专项活动',
  '系列活动',
  '改革',
  '警示教育',
  '专题教育',
  '大讨论',
  '庙会',
  '斗争',
  '教育',
  '制度改革',
  '试点',
]);

/** A quoted name that itself ends like a programme: “智网工程”, “广东特支计划”, “千村示范万村整治工程”. */
// 革命 names a drive by itself (“厕所革命”, “垃圾革命”), wherever the quote stands.
// A fund (“巾帼关爱基金”, “夹山助学金”; not a …基金会, which is a body) and a loan product (“巾帼创业贷”) are programmes run under
// their name.
export const SELF_NAMED = /(?:工程|计划|行动|攻坚战|保卫战|专项整治|专项治理|专项斗争|活动|学习教育|改造|创建|革命|基金|助学金|奖学金|贷)$/;

/**
 * A quoted name, a kind of public-good work and 项目 (“母亲邮包”公益项目, “两癌”救助项目, “两癌”免费检查项目): a project run
 * under that name. The kinds are the charitable and public-service works such projects do; a bare “X”项目 or a building
 * or investment project (“一带一路”建设项目) is not one.
 */
export const PROJECT_AFTER = /^[\u4e00-\u9fff]{0,2}?(?:公益|慈善|救助|关爱|帮扶|援助|资助|助学|检查|筛查|惠民)项目/;

/**
 * Verbs that launch or carry on a drive; a quoted name right after one of them is the drive (开展“以案治本”工作,
 * 深化“最多跑一次”). Verbs of compliance (落实, 抓好, 践行) take rules and slogans (落实“首违不罚”), not drives: the
 * numbered slogans they take are read by their shape instead. 组织 is left out: 党组织“三化”建设 is far more common than
 * 组织“X” as a verb, and 组织开展 ends in 开展 anyway.
 */
export const LAUNCH_VERBS: readonly string[] = [
  '开展',
  '推进',
  '深化',
  '实施',
  '推行',
  '推动',
  '启动',
  '打响',
  '打赢',
  '打好',
  '部署',
  '创建',
];

/**
 * Words that end a patterned name on its left: the verb that launches it, a preposition or conjunction before it.
 * Two-character words are tried before one-character ones; 深入 and 贯彻 stay inside (深入贯彻…精神学习教育).
 */
export const LEFT_STOP_WORDS: readonly string[] = [
  '开展',
  // A programme's funds or place in it are sought (争取农网巩固提升工程): the verb is no part of its name.
  '争取',
  // A project is begun (开工建设…工程二期): the verb is no part of its name.
  '开工建设',
  // An event is held (举办水法宣传周, 在…公园举办宣传月启动仪式): the verb is no part of its name.
  '举办',
  '推进',
  '打响',
  '打赢',
  '打好',
  '实施',
  '部署',
  '启动',
  '参与',
  '参加',
  '结合',
  '深化',
  '作为',
  '落实',
  '抓好',
  '聚焦',
  '围绕',
  '按照',
  '根据',
  '通过',
  '加快',
  '加强',
  '持续',
  '全面',
  '坚决',
  '扎实',
  '认真',
  '大力',
  '积极',
  '继续',
  '进行',
  '推动',
  '组织',
  '启动',
  '入选',
  '推行',
  // 全面推开公立医院高质量发展促进行动: a drive spread from its trials to the whole.
  '推开',
  '掀起',
  '展开',
  '纳入',
  '关于',
  '做好',
  '以来',
  '期间',
  '之际',
  '打造',
  '召开',
  '出台',
  '印发',
  '强化',
  '加大',
  '狠抓',
  '抓实',
  '注重',
  '突出',
  '坚持',
  '进一步',
  '统筹',
  '完善',
  '建立',
  '健全',
  '巩固',
  '拓展',
  '用好',
  // Verbs of completion and their complements: 超额完成高职扩招三年行动, 实施好农村义务教育学生营养改善计划.
  '完成',
  '实现',
  '实施好',
  '落实好',
  '推进好',
  '开展好',
  '办好',
  // Counts: 启动一批产业基础再造工程 launches projects of a named programme.
  '一批',
  '一系列',
  '决战',
  '决胜',
  '夺取',
  '赢得',
  '取得',
  '确保',
  '助力',
  '投身',
  '融入',
  '保障',
  '服务',
  // Determiners of scope: 我市脱贫攻坚战 is the 脱贫攻坚战 in this city.
  '我市',
  '我区',
  '我县',
  '我省',
  '全市',
  '全区',
  '全县',
  '全省',
  '全国',
  '各级',
  '各地',
];
/** Verbs that launch a drive named only by its stem and 行动 (开展村庄清洁行动, 深入推进厕所革命行动). */
export const DRIVE_LAUNCH_VERBS: ReadonlySet<string> = new Set([
  '开展',
  '推进',
  '实施',
  '启动',
  '深化',
  '部署',
  '推行',
  '推动',
  '打响',
  '推开',
  // 掀起全民健身运动的热潮, 展开了一个群众性的养猪运动: a movement is raised or spread as a drive is launched.
  '掀起',
  '展开',
]);
export const LEFT_STOP_CHARS = new Set([...'在和与及暨的把将对是等了向于从之即就']);
/** Characters that never stand inside a patterned name. */
export const BREAK_CHARS = /[\s,，。;；:：、!！?？()（）《》〈〉<>“”‘’「」『』"'\[\]【】0-9%]/;

/** A body's one-character scope before a name (市扫黑除恶专项斗争领导小组): dropped unless it starts a word (市场, 区域). */
export const SCOPE_CHAR = /^[市省县区镇](?!场|容|政|民|域|级|情|属|直|内|外|委|府)/;
