// The Sun, the Moon, the planets and the Milky Way as Chinese writes them: bodies with a name of their own, places a
// text can say something happens on or goes to (登上月球, 飞往火星). Written for this project from the standard names
// (全国科学技术名词审定委员会《天文学名词》); none of them is a word of another sense in report prose when it stands alone.
export const CELESTIAL_BODIES = [
  '太阳',
  '月球',
  '水星',
  '金星',
  '地球',
  '火星',
  '木星',
  '土星',
  '天王星',
  '海王星',
  '冥王星',
  '银河',
  '银河系',
];
