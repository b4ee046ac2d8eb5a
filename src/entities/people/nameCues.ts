// Words that stand next to a personal name written without a post: what people do in reported text (X说, X会见…),
// how they are addressed (X先生), and the roles written before a name (记者X, 教练X). Written for this project from
// ordinary Chinese usage (news and report prose); none of them is a name.

/** Words right after a name: speech and acts of a person, forms of address, posts written after a name. */
export const CUES_AFTER = [
  '说', '表示', '指出', '认为', '强调', '介绍', '告诉', '宣布', '回忆', '透露', '坦言', '谈到', '称赞', '发言', '致辞', '讲话', '答道', '问道',
  '会见', '会晤', '会谈', '接见', '致电', '致信', '主持', '出席', '率领', '率团', '当选', '出任', '担任', '执导', '主演', '编剧', '报道',
  '等人', '等同志', '同志', '先生', '女士', '夫人', '小姐', '教授', '院士', '博士', '老师', '大夫', '烈士', '大使', '总统', '总理', '首相',
  '主席', '委员长', '外长', '部长', '书记', '省长', '市长', '将军', '上将', '中将', '少将', '局长', '院长', '校长', '厂长', '经理', '总裁',
].sort((a, b) => b.length - a.length);

/** Roles written right before a name (记者王霞光, 主教练马跃南, 总统克林顿). */
export const CUES_BEFORE = [
  '记者', '通讯员', '总统', '总理', '首相', '主席', '委员长', '议长', '部长', '外长', '财长', '大使', '国王', '女王', '亲王', '王子', '公主',
  '教练', '主教练', '选手', '队员', '球员', '名将', '老将', '小将', '外援', '冠军', '作家', '诗人', '画家', '书法家', '漫画家', '艺术家',
  '科学家', '演员', '导演', '歌手', '教授', '院士', '医生', '大夫',
  '厂长', '经理', '总经理', '总裁', '董事长', '校长', '院长', '所长', '局长', '主任', '书记', '司令', '司令员', '参谋长', '会长', '社长', '行长',
  '秘书长', '领导人', '发言人', '夫人', '妻子', '丈夫', '儿子', '女儿', '母亲', '父亲', '姑娘', '战士', '烈士', '牧师', '毒枭',
].sort((a, b) => b.length - a.length);
