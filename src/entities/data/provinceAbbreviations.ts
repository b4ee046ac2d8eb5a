// The one-character abbreviations (简称) of China's provincial-level divisions, and the second ones in common use (川 and
// 蜀, 贵 and 黔, 云 and 滇, 甘 and 陇, 陕 and 秦), as the State Council's list of administrative divisions gives them
// (中华人民共和国行政区划简称, 民政部). They name the ends of lines and the partners of zones (沪苏湖高铁, 川渝高竹新区).
// prettier-ignore
export const PROVINCE_ABBREVIATIONS = [
  '京', '津', '沪', '渝', '冀', '晋', '蒙', '辽', '吉', '黑', '苏', '浙', '皖', '闽', '赣', '鲁', '豫', '鄂', '湘', '粤',
  '桂', '琼', '川', '蜀', '贵', '黔', '云', '滇', '藏', '陕', '秦', '甘', '陇', '青', '宁', '新', '港', '澳', '台',
];
