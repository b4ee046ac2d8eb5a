// The one-character forms the press writes a state by (中美, 美苏, 中葡; 葡属, 英属): the customary abbreviations of Xinhua
// style, China's and its partners'. One home for the pairs of states before a treaty (regulations/statePairs) and for the
// territories a state held (world/colonies).
export const STATE_LETTERS: ReadonlySet<string> = new Set('中美英法德俄苏日意加澳印巴朝韩越老柬泰缅菲蒙葡西荷比瑞挪丹芬匈捷墨哈欧');
