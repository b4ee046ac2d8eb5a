// What stands around a quote, or the quoted phrase's own shape, says whether it names a drive: the nouns and the blame
// around it, and the endings of an institution or a manner (findQuotedCampaigns reads them).

/**
 * Nouns after a quote that make the quoted phrase a mechanism, platform, field or target rather than a drive; the
 * institution nouns may follow a short modifier (“驻点+”工作机制, “室组地”联动监督机制).
 */
export const NOT_CAMPAIGN_AFTER = new RegExp(
  '^(?:[的新]?(?:机制|制度|体系|平台|系统|方式|形式|组织|领域|经费|标识|要求|目标|理念|思路|模式|格局|定位|倾向|作用|问题|' +
    '现象|文件|政策|方针|标准|频次|任务|事项|责任|意识|精神|思想|比例|指标|名单|清单|队伍|人员|干部|对象|企业|单位|场景|榜|率|' +
    // “两高一资”产品, “五险一金”缴费比例: a class of products, trades or payments, named by the things it qualifies.
    '产品|行业)' +
    '|[\\u4e00-\\u9fff]{1,4}?(?:机制|制度|体系|平台|系统|模式|格局|政策|清单|比例))',
);

/**
 * Words before a quote that hold it up to blame (搞“形象工程”, 防止出现“半拉子”工程, 制造“两个中国”, 所谓“颠覆活动”): the
 * quoted phrase is a pejorative or an opponent's formula (打着“支援革命”的旗号), not a campaign the report runs. 制造业 is
 * a trade (实施先进制造业“22个重点产业集群”培育工程), no making of anything.
 */
export const CRITICAL_BEFORE =
  /(?:搞|防止|严防|杜绝|反对|制造(?!业)|宣扬|鼓吹|所谓|污蔑|批判|避免|克服|纠正|禁止|严禁|制止|警惕|打着|炮制)/;
/**
 * Words after a quote (or its chain) that sum it up as wrongdoing: 推行“两国论”和“台湾独立”等严重分裂活动 names an opponent's
 * doctrine and cause, while a drive against wrongdoing names its target after a verb (“净网”行动，打击…违法犯罪活动).
 */
export const WRONGDOING_AFTER = /^等?(?:严重|各种|一切|各类)?(?:分裂|破坏|颠覆|犯罪|违法|恐怖|反动|渗透)(?:活动|行为|言行|势力)/;

/** A quoted name ending like an institution (“河长制”, “红黑榜”) or a method (“一线工作法”, “枫桥经验”) is not a drive. */
export const INSTITUTION_NAME = /(?:制|制度|机制|体系|清单|平台|榜|率|工作法|经验|模式)$/;

/**
 * A manner or a target, not a drive: a quoted adverb (“清单化”, “拉网式”, “一对一”), a kind (“僵尸型”社会组织: what the
 * drive targets) or object before the activity it qualifies (“一对一”谈话, “清单化”管理, 开展“僵尸企业”处置); 整治 and 治理
 * after a quote are heads (“两违”整治).
 */
// A name counted on both its sides (“四边三化”: four sides, three -izations) is a numbered formula, whatever its last word.
export const MANNER_NAME =
  /^(?![一二两三四五六七八九十双][\u4e00-\u9fff]{1,3}[一二两三四五六七八九十双][\u4e00-\u9fff]{1,3}$).*(?:化|式|型)$|^.对.$/;
/**
 * A formula that shares the work out one by one (“一企一策”: a plan for each firm; “一矿一策”, “一小区一方案”): before the
 * treating it shares out (治理, 整治, 改造) it says how the work is done, not what the drive targets (“两违”整治). Before a head
 * that names a programme (“一乡一特”工程, “一支部一品牌”创建) it is the programme's name.
 */
export const SHARED_OUT = /^一[\u4e00-\u9fff]{1,3}一[\u4e00-\u9fff]{1,3}$/;
export const TREATING_HEADS: ReadonlySet<string> = new Set(['整治', '治理', '改造']);
export const ACTIVITY_AFTER =
  /^(?:谈话|帮扶|指导|服务|督导|约谈|检查|督查|督办|培训|宣讲|走访|管理|监管|考核|调度|排查|处置|清理|查处|清退|整改|清查|述责|述职|述廉|公开承诺|承诺)/;
