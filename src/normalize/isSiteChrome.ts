// Lines that a website wraps around every article it publishes: who runs the site, its licence numbers, where the page
// sits in the site, what buttons it offers, when and by whom it was posted. They describe the page, not the report.
// Only applied to the lines before and after the report's body (see cleanText), where a report's own sentences never
// look like this.

const OWNERSHIP = /^(主办|承办|协办|合作|主管|运营|运维|维护|技术支持|网站维护|建设|管理)(单位|机构)?\s*[:：]/;
const REGISTRATION = /ICP\s*[备证]|公网安备|网安备|网站标识码|网站识别码|版权所有|copyright|©|all rights reserved/i;
const BREADCRUMB = /^(当前位置|您的位置|您现在的位置|您当前的位置|您所在的位置|所在位置|现在位置|位置)\s*[:：]|^(网站)?首页\s*[>＞›»>→/]/;
const POSTING =
  /^[【\[]?(来源|信息来源|文章来源|稿件来源|发布时间|发布日期|发布机构|发文机关|时间|日期|作者|编辑|责任编辑|责编|编审|审核|校对|浏览次数|访问量|点击数|点击量|阅读数|阅读量|阅读次数|上一篇|下一篇|上一条|下一条)\s*[:：]/;
const LINK_LIST_HEAD =
  /^[【\[]?(相关链接|相关新闻|相关阅读|相关文章|延伸阅读|热点推荐|推荐阅读|友情链接|网站导航|扫一扫|扫码)[】\]]?\s*[:：]?$/;

// Reprint notices sites append to every article; they read like sentences, so they are recognised by what they say.
const DISCLAIMER =
  /未经(本网|本站|本网站)?(书面|协议)?(许可|授权|同意)[，,]?(任何单位和个人)?(不得|禁止|严禁|请勿)(转载|复制|镜像|下载|使用)|转载请注明(出处|来源)|(本网|本站|本网站)(所有|所刊登的?|刊登的?)[^。]{0,40}(版权|知识产权)/;

// Buttons and toolbars: a line made only of these words (and brackets, separators, the 大/中/小 of a font-size switch).
const ACTIONS = [
  '打印本页',
  '打印文章',
  '打印正文',
  '打印',
  '关闭窗口',
  '关闭本页',
  '关闭',
  '分享到',
  '分享',
  '收藏本页',
  '加入收藏',
  '收藏',
  '返回顶部',
  '回到顶部',
  '返回首页',
  '返回列表',
  '返回',
  '字号',
  '字体',
  '默认',
  '放大',
  '缩小',
  '扫一扫',
  '在手机打开',
  '手机阅读',
  '微信扫一扫',
  '微信',
  '微博',
  'QQ空间',
  '纠错',
  '我要纠错',
  '保存',
  '复制链接',
  '下载',
  '朗读',
  '无障碍',
  '繁体',
  '简体',
  '繁體',
  '简',
  '繁',
];
const ACTION_RE = new RegExp(
  ACTIONS.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);
const LEFTOVER = /[\s\u3000【】\[\]（）()|｜丨:：/\\·•>＞<＜、,，;；\-—_大中小]/g;

// A licence note of a saved page (a wiki's 本作品是…属于公有领域, a site's 本站所有内容采用…许可协议): the page speaks of itself
// (本作品, 本站 …) and of its rights (著作权, 公有领域, 许可协议 …). cleanText removes it, and the short footer after it, at the end.
const SELF = /本作品|此作品|该作品|本文|本页|本站|本网|本网站|this work|this page/i;
const RIGHTS = /著作权|版权|公有领域|公共领域|知识共享|创作共用|许可协议|授权协议|copyright|public domain|creative commons|licen[cs]e/i;
const MAX_LICENCE_NOTE = 300;

/** True for a licence note of a saved page: short, about the page itself and its rights. */
export function isLicenceNote(line: string): boolean {
  return line.length <= MAX_LICENCE_NOTE && SELF.test(line) && RIGHTS.test(line);
}

// Chrome is a short line: a report run together on one line (no line breaks, or a .md whose lines were joined) starts with
// the site's 主办单位 line too, and must not go with it.
const MAX_CHROME_LINE = 200;

/** True for a line of website chrome rather than report text. */
export function isSiteChrome(line: string): boolean {
  const s = line.trim();
  if (!s) return false;
  if (isLicenceNote(s)) return true;
  if (s.length > MAX_CHROME_LINE) return false;
  if (OWNERSHIP.test(s) || BREADCRUMB.test(s) || POSTING.test(s) || LINK_LIST_HEAD.test(s)) return true;
  // Licence lines are short; a report sentence that mentions copyright is not.
  if (REGISTRATION.test(s) && s.length <= 120 && !/[。；;！？]$/.test(s)) return true;
  if (DISCLAIMER.test(s) && s.length <= 150) return true;
  const withoutActions = s.replace(ACTION_RE, '');
  return withoutActions !== s && withoutActions.replace(LEFTOVER, '') === '';
}

/** A page-break marker left by a CMS inside the text: [NextPage][/NextPage] (and DedeCMS's #p#subtitle#e#). */
export const PAGE_BREAK = /\[\/?NextPage\]|#p#[^#\n]{0,40}#e#/gi;
