// The clan names (家支名) of the Nuosu Yi of Liangshan and its neighbours, as Chinese writes them by sound: a Yi name is
// the clan's and a given name of two syllables after it (吉狄马加 = Jjiddi + Mazha, 曲比阿乌 = Qubi + Axwu). Source: the
// clan names themselves (the Yi script's romanization beside each), in the forms Liangshan's own documents and papers
// write them. Forms that are Chinese words or open common ones are left out (木乃 of 木乃伊, 阿尔 of 阿尔卑斯, 阿克 of
// 阿克苏, 马海 of 马海毛), so that a clan name is read only by its sound.
export const YI_CLAN_NAMES: readonly string[] = [
  '吉狄', // jjiddi
  '吉克', // jjike
  '吉伍', // jjivu
  '吉木', // jjimu
  '吉则', // jjizzyt
  '曲比', // qubi
  '曲木', // qumu
  '阿苦', // axku
  '阿约', // ayo
  '阿衣', // ayi
  '沙马', // shamat
  '海来', // hxielie
  '勒格', // lurgo
  '瓦扎', // vazha
  '苏呷', // suga
  '俄底', // oddi
  '日火', // rryho
  '倮伍', // lovu
  '马黑', // mahie
];
