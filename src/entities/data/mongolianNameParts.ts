// The words Mongolian personal names are made of, as Chinese writes them by sound. Mongols of Inner Mongolia are written
// without a surname: a name is usually two of these words (孟和巴特尔 = möngke + baγatur, 乌云其木格 = oyun + čimeg), or
// one after a clan or family character and a middle dot (包·额尔敦). Source: the Mongolian words themselves (the
// classical script's transcription beside each, with the meaning), in the Chinese forms Inner Mongolia's own documents
// and newspapers write them. Words that are ordinary Chinese too are left out (乌兰 'red', also a place's word; 哈达,
// 吉祥), so that a pair of them is a name only by its sound; 乌云 (oyun, also 'dark cloud') is kept, as it is a name only
// beside another name word.
export const MONGOLIAN_NAME_PARTS: readonly string[] = [
  '巴特尔', // baγatur, hero
  '孟和', // möngke, eternal
  '乌云', // oyun, wisdom
  '其木格', // čimeg, ornament
  '其其格', // čečeg, flower
  '额尔敦', // erdeni, jewel
  '额尔德尼', // erdeni, jewel
  '巴雅尔', // bayar, joy
  '朝鲁', // čilaγu, stone
  '斯琴', // sečen, wise
  '图雅', // tuyaγ-a, ray of light
  '高娃', // γou-a, beautiful
  '娜仁', // naran, sun
  '萨仁', // saran, moon
  '格日勒', // gerel, light
  '苏和', // süke, axe
  '呼和', // köke, blue
  '宝音', // buyan, virtue
  '白音', // bayan, rich
  '那顺', // nasun, age, long life
  '达赉', // dalai, ocean
  '敖登', // odu, star
  '吉日嘎拉', // jirγal, happiness
  '图门', // tümen, ten thousand
  '毕力格', // bilig, wisdom
  '满都拉', // mandul, rising
  '阿拉坦', // altan, golden
  '乌力吉', // öljei, good fortune
  '特木尔', // temür, iron
  '孟根', // mönggün, silver
  '萨日娜', // sarana, lily
  '乌日娜', // urna, skilful
  '敖其尔', // očir, vajra
  '道尔吉', // dorji, vajra
  '那日苏', // narasu, pine
  '哈斯', // qas, jade
  '阿古拉', // aγula, mountain
  '朝格图', // čoγtu, ardent
  '额日和', // erke, dear
  '其力格尔', // čilger
  '乌日根', // örgen, broad
  '白乙拉', // bayila
  '巴图', // batu, firm
  '布和', // böke, strong
  '德力格尔', // delger, abundant
  '宝力道', // bolad, steel
  '额尔德木图', // erdemtü, learned
];
