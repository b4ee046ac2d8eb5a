// Everyday short names of divisions by their full names' shape (恩施州, 科右前旗, 枫树乡, 广东): the forms running text
// writes, derived from the gazetteer's names by the naming rules of autonomous areas, banners and provinces.
// Suffixes of province-level names, longest first; the stem is the everyday short name (广东, 内蒙古, 广西).
export const PROVINCE_SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '特别行政区', '自治区', '省', '市'];

// The peoples named in autonomous prefectures (恩施土家族苗族自治州): the place name is what comes before them.
export const PEOPLES =
  '土家|苗|朝鲜|侗|白|彝|藏|羌|柯尔克孜|哈萨克|蒙古|回|傣|景颇|傈僳|壮|哈尼|布依|瑶|黎|畲|满|水|仡佬|毛南|仫佬|土|撒拉|东乡|保安|裕固|纳西|拉祜|佤|独龙|怒|普米|基诺|阿昌|德昂|布朗|锡伯|达斡尔|鄂温克|鄂伦春|塔吉克|维吾尔';
// Only prefectures: short county forms (河南县 for 河南蒙古族自治县, 白沙县) read as other words too often.
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:${PEOPLES})族?(?:(?:${PEOPLES})族?)*自治州$`);

export const AUTONOMOUS_COUNTY = new RegExp(`^(.{2,}?)(?:(?:${PEOPLES})族?)+自治县$`);

const ETHNIC_TOWNSHIP = new RegExp(`^(.{2,}?)(?:(?:${PEOPLES})族)+(乡|镇)$`);

const WINGED_BANNER = /^(.)[^左右]*([左右])翼([前中后])旗$/;
const POSITIONED_BANNER = /^(.)[^左右翼]{1,3}([前中后左右])旗$/;
// 东乌珠穆沁旗, 西乌珠穆沁旗: a tribe's banner named by its side of the land.
const SIDE_OF_LAND_BANNER = /^([东西南北])(.)[^旗]{2,}旗$/;
// 达尔罕茂明安联合旗: a banner of two tribes united, its stem the two tribes' names of equal length.
const UNITED_BANNER = /^(.+)联合旗$/;
// 鄂伦春自治旗, 鄂温克族自治旗: a people's autonomous banner.
const AUTONOMOUS_BANNER = /^(.{2,3}?)族?自治旗$/;

/**
 * Everyday short name of a banner named by its wing or position (科右前旗 for 科尔沁右翼前旗, 乌前旗 for 乌拉特前旗, 阿左旗
 * for 阿拉善左旗), by its side of the land (东乌旗 for 东乌珠穆沁旗), by the first characters of the tribes it unites
 * (达茂旗 for 达尔罕茂明安联合旗) or by its people (鄂伦春旗 for 鄂伦春自治旗).
 */
export function bannerShortName(name: string): string | undefined {
  const winged = WINGED_BANNER.exec(name);
  if (winged) return `${winged[1]}${winged[2]}${winged[3]}旗`;
  const positioned = POSITIONED_BANNER.exec(name);
  if (positioned) return `${positioned[1]}${positioned[2]}旗`;
  const side = SIDE_OF_LAND_BANNER.exec(name);
  if (side) return `${side[1]}${side[2]}旗`;
  const united = UNITED_BANNER.exec(name)?.[1];
  if (united && united.length % 2 === 0 && united.length >= 4) return `${united[0]}${united[united.length / 2]}旗`;
  const people = AUTONOMOUS_BANNER.exec(name);
  return people ? `${people[1]}旗` : undefined;
}

/** Everyday short name of a township or town of a people: 枫树乡 for 枫树维吾尔族回族乡, 毛家滩乡 for 毛家滩回族维吾尔族乡. */
export function ethnicTownshipShortName(name: string): string | undefined {
  const m = ETHNIC_TOWNSHIP.exec(name);
  return m ? m[1]! + m[2]! : undefined;
}

/** Everyday short name of an autonomous prefecture: 恩施州 for 恩施土家族苗族自治州, 大理州 for 大理白族自治州. */
export function autonomousShortName(name: string): string | undefined {
  const m = name.match(AUTONOMOUS);
  return m ? `${m[1]}州` : undefined;
}

/** Everyday short name of a province (广东 for 广东省, 上海 for 上海市, 内蒙古 for 内蒙古自治区). */
export function provinceShortName(name: string): string {
  const suffix = PROVINCE_SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length + 1);
  return suffix ? name.slice(0, -suffix.length) : name;
}
