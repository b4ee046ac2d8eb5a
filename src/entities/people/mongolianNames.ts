import { MONGOLIAN_NAME_PARTS } from '../data/mongolianNameParts.ts';
import { pairedNameWords } from './pairedNameWords.ts';

/**
 * Mongolian names (孟和巴特尔, 乌云其木格, 额尔敦巴雅尔): two words of the names' own stock side by side. A Mongol of Inner
 * Mongolia is written without a surname, so the surname-led readings cut such a name after a character that happens to
 * be a surname (孟|和). Not before a place's or a body's head (巴特尔镇, 宝音图苏木, 阿拉坦合力嘎查).
 */
export const mongolianNames = pairedNameWords({
  parts: MONGOLIAN_NAME_PARTS,
  placeHead: /^[县乡镇村区寺庙山湖河沟峰岗湾街路桥园站厂局队社旗盟嘎苏图浩]/,
  score: 0.8,
});
