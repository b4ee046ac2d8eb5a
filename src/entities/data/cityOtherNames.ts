// Other names of Chinese cities that prose still writes for them: the name a city bore as a capital or under an earlier
// government (北平 1928–1949, 奉天, 迪化, 归绥), its classical name (金陵, 燕京, 凉州, 汴梁) and its literary byname (蓉城,
// 羊城, 春城, 泉城). Source: 《中国历史地名大辞典》 (中国社会科学出版社, 2005) for the former and classical names, and
// 《现代汉语词典》 (第7版) for the bynames it lists. Left out: names that are also an ordinary word or a district's own name
// today (长安, 山城, 江城, 姑苏, 番禺: the gazetteer reads the districts), which only context could tell. Each is read as a place of its own, as written: 北平 is
// the city of its time, not an alias that would make the reader's 北京 of today say what the text did not.
// prettier-ignore
export const CITY_OTHER_NAMES: string[] = [
  // Former names under earlier governments.
  '北平', '奉天', '迪化', '归绥', '新京', '顺天府', '应天府',
  // Classical names.
  '燕京', '金陵', '建康', '汴京', '汴梁', '临安', '凉州', '沙州', '益州', '幽州', '蓟城', '庐州', '潭州', '洪州',
  // Literary bynames.
  '蓉城', '羊城', '穗城', '春城', '泉城', '冰城', '榕城', '鹏城', '星城', '鹭岛', '邕城', '筑城',
];
