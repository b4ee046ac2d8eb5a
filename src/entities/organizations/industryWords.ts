// The industry part of a registered company's name (企业名称登记管理规定: 行政区划 + 字号 + 行业或经营特点 + 组织形式): general
// terms of the national industry classification (GB/T 4754: its sections' and classes' words, 制造, 批发, 运输, 建筑…) and the
// everyday words companies register for their line of business (科技, 实业, 置业, 商贸). None is a company's own name.
const INDUSTRY_WORDS = new Set(
  (
    '科技 技术 电器 电子 电气 电机 电力 水电 光电 光学 光伏 能源 新能源 照明 摩托车 汽车 配件 零部件 机械 机电 设备 制冷 五金 ' +
    '制品 建材 材料 新材料 化工 医药 生物 制药 药业 食品 饮料 茶叶 茶业 纺织 针织 服装 服饰 鞋业 袜业 家具 家居 陶瓷 塑料 橡胶 ' +
    '玻璃 钢铁 特钢 钢材 有色 金属 铝业 铜业 管道 管业 包装 印刷 印染 丝绸 工艺品 工艺 竹木 木业 木材 纸业 蔬菜 果蔬 水果 ' +
    '粮油 农产品 农业 林业 种植 养殖 水产 畜牧 生态 农资 肥业 化肥 饲料 种业 水稻 药材 中药材 物流 运输 快递 速运 贸易 商贸 ' +
    '进出口 实业 投资 控股 置业 房地产 地产 开发 建设 工程 建筑 建工 装饰 装修 安装 市政 路桥 交通 港务 航运 航空 旅游 文化 ' +
    '传媒 广告 酒店 餐饮 物业 信息 网络 软件 通信 数据 智能 环保 环境 水务 燃气 热力 矿业 煤业 石油 天然气 加工 制造 销售 ' +
    '批发 批发市场 咨询 管理 服务 租赁 人力资源 教育 健康 医疗 器械 仪器 仪表 精密 模具 铸造 锻造 日用品 用品 电缆 线缆 ' +
    '工贸 商务 供应链 电商 电子商务 酒业 乳业 米业 果业 茶厂 机床 船舶 重工 轻工 矿产 再生资源 发展 经营 专业'
  ).split(' '),
);
const LONGEST = 4;

/** A word of a registered name's industry part (科技, 精密, 电子). */
export function isIndustryWord(word: string): boolean {
  return INDUSTRY_WORDS.has(word);
}

/** Where the industry words right before `end` start, innermost first (竹木制品: at 制, then at 竹); empty when none. */
export function industryStartsBefore(folded: string, end: number, floor: number): number[] {
  const out: number[] = [];
  let at = end;
  for (;;) {
    let next: number | undefined;
    for (let n = Math.min(LONGEST, at - floor); n >= 2 && next === undefined; n--)
      if (INDUSTRY_WORDS.has(folded.slice(at - n, at))) next = at - n;
    if (next === undefined) return out;
    out.push(next);
    at = next;
  }
}
