import { AMDO_NAME_ENDINGS, TIBETAN_NAME_PARTS } from '../data/tibetanNameParts.ts';
import { pairedNameWords } from './pairedNameWords.ts';

/**
 * Tibetan names (次仁多吉, 普布扎西, 德吉卓玛): two words of the names' own stock side by side. A Tibetan has no surname, so
 * the surname-led readings never see these names, whatever post stands before them. Not before a place's or a body's
 * head (尼玛县, 扎西岗乡, 白玛寺). In Amdo (Qinghai, Gansu) a name is as often one word and a syllable (才让太, 卓玛草).
 */
export const tibetanNames = pairedNameWords({
  parts: TIBETAN_NAME_PARTS,
  placeHead: /^[县乡镇村区寺庙山湖河沟峰岗湾街路桥园站厂局队社]/,
  score: 0.75,
  endings: AMDO_NAME_ENDINGS,
});
