// The parts Tibetan personal names are made of, as Chinese writes them by sound. A Tibetan has no surname: a name is
// usually two of these words (次仁多吉 = tshe ring + rdo rje, 德吉卓玛 = bde skyid + sgrol ma). Source: the Tibetan words
// themselves (Wylie transliteration beside each), in the Chinese forms fixed by 新华社译名室's practice for Tibetan names
// and used in the Tibet Autonomous Region's own documents; the Amdo and Kham forms (才让, 拉毛, 万玛) beside the Lhasa ones.
// Words that are ordinary Chinese too are left out (江村, 格西, 美朗), so that a pair of them is a name only by its sound.
export const TIBETAN_NAME_PARTS: readonly string[] = [
  '扎西', // bkra shis
  '次仁', // tshe ring
  '才让', // tshe ring (Amdo)
  '泽仁', // tshe ring (Kham)
  '多吉', // rdo rje
  '多杰', // rdo rje
  '卓玛', // sgrol ma
  '卓嘎', // sgrol dkar
  '德吉', // bde skyid
  '普布', // phur bu
  '旺堆', // dbang 'dus
  '达瓦', // zla ba
  '达娃', // zla ba
  '尼玛', // nyi ma
  '格桑', // skal bzang
  '洛桑', // blo bzang
  '平措', // phun tshogs
  '彭措', // phun tshogs
  '央金', // dbyangs can
  '央宗', // dbyangs 'dzoms
  '拉姆', // lha mo
  '拉毛', // lha mo (Amdo)
  '索朗', // bsod nams
  '索南', // bsod nams
  '顿珠', // don grub
  '丹增', // bstan 'dzin
  '旦增', // bstan 'dzin
  '益西', // ye shes
  '白玛', // pad ma
  '边巴', // spen pa
  '巴桑', // pa sangs
  '曲珍', // chos sgron
  '贡嘎', // kun dga'
  '仁青', // rin chen
  '仁增', // rig 'dzin
  '次旦', // tshe brtan
  '才旦', // tshe brtan (Amdo)
  '罗布', // nor bu
  '米玛', // mig dmar
  '琼达', // chung 'dra
  '强巴', // byams pa
  '土登', // thub bstan
  '桑珠', // bsam grub
  '阿旺', // ngag dbang
  '群培', // chos 'phel
  '欧珠', // dngos grub
  '朗杰', // rnam rgyal
  '旺姆', // dbang mo
  '拉巴', // lhag pa
  '普琼', // phur chung
  '边珍', // spen sgron
  '德庆', // bde chen
  '措姆', // mtsho mo
  '次珍', // tshe sgron
  '坚参', // rgyal mtshan
  '嘉措', // rgya mtsho
  '加措', // rgya mtsho
  '旺加', // dbang rgyal
  '白珍', // pad sgron
  '次吉', // tshe skyid
  '贡布', // mgon po
  '巴珠', // dpa' grub
  '德央', // bde dbyangs
  '次央', // tshe dbyangs
  '晋美', // 'jigs med
  '班旦', // dpal ldan
  '巴登', // dpal ldan
  '伦珠', // lhun grub
  '更登', // dge 'dun
  '根敦', // dge 'dun
  '桑吉', // sangs rgyas
  '次丹', // tshe brtan
  '降央', // 'jam dbyangs
  '加央', // 'jam dbyangs
  '江白', // 'jam dpal
  '泽旺', // tshe dbang
  '贡觉', // dkon mchog
  '官却', // dkon mchog (Amdo)
  '万玛', // pad ma (Amdo)
  '更藏', // dge 'dun (Amdo)
  '尕藏', // skal bzang (Amdo)
  '才吉', // tshe skyid (Amdo)
  '吉毛', // skyid mo (Amdo)
  '卓么', // sgrol mo
  '仓决', // tshangs skyid
  '玉珍', // g.yu sgron
  '顿旦', // don ldan
  '斯朗', // bsod nams (Kham)
  '央拉', // dbyangs lha
  '拉珍', // lha sgron
  '索珍', // bsod sgron
  '次培', // tshe 'phel
];

// Syllables that close an Amdo name after one word above (才让太 = tshe ring thar, 卓玛草 = sgrol ma mtsho, 拉毛吉 = lha mo
// skyid): thar 'liberation' (太), rgyal 'victory' (加, 杰), mtsho 'lake' (草, 措), skyid 'happiness' (吉), 'bum 'a hundred
// thousand' (本), as Qinghai's and Gansu's Tibetan areas write them.
export const AMDO_NAME_ENDINGS = '太加杰草措吉本';
