/**
 * PDF fonts (WPS, some Word exports) map common ideographs to Kangxi radicals (U+2F00–U+2FDF)
 * or CJK radical supplement glyphs (U+2E80–U+2EFF): "⼀" for 一, "⻓" for 长. They look right
 * but break every search. NFKC maps the Kangxi block and compatibility ideographs back;
 * the supplement has few NFKC mappings, so the simplified-form radicals get a small map.
 */

/** CJK radicals supplement → ideograph, for the forms that stand for whole characters. */
const RADICAL_SUPPLEMENT: Readonly<Record<string, string>> = {
  '\u2E8C': '小', '\u2E8D': '小', '\u2E95': '彐', '\u2E9C': '日', '\u2E9D': '月', '\u2E9F': '母',
  '\u2EA0': '民', '\u2EA4': '爫', '\u2EA6': '丬', '\u2EA7': '牛', '\u2EAB': '罒', '\u2EAE': '竹',
  '\u2EB3': '罒', '\u2EB7': '羊', '\u2EBB': '聿', '\u2EC4': '西', '\u2EC5': '见', '\u2EC6': '角',
  '\u2EC8': '讠', '\u2EC9': '贝', '\u2ECB': '车', '\u2ECC': '辶', '\u2ECD': '辶', '\u2ED0': '钅',
  '\u2ED1': '长', '\u2ED3': '长', '\u2ED4': '门', '\u2ED6': '阝', '\u2ED7': '雨', '\u2ED8': '青',
  '\u2ED9': '韦', '\u2EDA': '页', '\u2EDB': '风', '\u2EDC': '飞', '\u2EDD': '食', '\u2EDF': '饣',
  '\u2EE0': '饣', '\u2EE2': '马', '\u2EE3': '骨', '\u2EE4': '鬼', '\u2EE5': '鱼', '\u2EE6': '鸟',
  '\u2EE7': '卤', '\u2EE8': '麦', '\u2EE9': '黄', '\u2EEA': '黾', '\u2EEB': '斉', '\u2EEC': '齐',
  '\u2EED': '歯', '\u2EEE': '齿', '\u2EEF': '竜', '\u2EF0': '龙', '\u2EF1': '龜', '\u2EF2': '亀',
  '\u2EF3': '龟',
};

/**
 * Private-use code points that fonts made for GB18030-2000 still give (their ToUnicode maps
 * to the PUA slots GB18030-2005/2022 later replaced): vertical punctuation and eight ideographs
 * (as the WHATWG gb18030 decoder maps the same bytes today). Other PUA glyphs have no standard
 * meaning and are left as they are (and counted in a note).
 */
const GB18030_PUA: Readonly<Record<string, string>> = {
  '\uE78D': '，', '\uE78E': '。', '\uE78F': '、', '\uE790': '：', '\uE791': '；', '\uE792': '！',
  '\uE793': '？', '\uE794': '〖', '\uE795': '〗', '\uE796': '…', '\uE7C7': '\u1E3F',
  '\uE81E': '\u9FB4', '\uE826': '\u9FB5', '\uE82B': '\u9FB6', '\uE82C': '\u9FB7', '\uE832': '\u9FB8',
  '\uE843': '\u9FB9', '\uE854': '\u9FBA', '\uE864': '\u9FBB',
};

/** Vertical presentation forms (text set vertically) whose NFKC form is ASCII: the full-width
 *  punctuation Chinese text uses instead. The others (《》【】「」…) NFKC maps well. */
const VERTICAL_FORMS: Readonly<Record<string, string>> = {
  '\uFE10': '，', '\uFE13': '：', '\uFE14': '；', '\uFE15': '！', '\uFE16': '？',
  '\uFE19': '…', '\uFE35': '（', '\uFE36': '）', '\uFE37': '｛', '\uFE38': '｝',
};

/** Radicals, Kangxi radicals, CJK compatibility ideographs (and their supplement), vertical
 *  forms and the GB18030 PUA slots: the only characters we touch. */
const RADICAL_LIKE = /[\u2E80-\u2EFF\u2F00-\u2FDF\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE4F\uE78D-\uE796\uE7C7\uE81E-\uE864\u{2F800}-\u{2FA1F}]/gu;

/** Replace radical glyphs by the ideographs they stand for; everything else is left as is. */
export function fixRadicals(text: string): string {
  return text.replace(RADICAL_LIKE, (ch) => RADICAL_SUPPLEMENT[ch] ?? GB18030_PUA[ch] ?? VERTICAL_FORMS[ch] ?? ch.normalize('NFKC'));
}

const PRIVATE_USE = /[\uE000-\uF8FF]/gu;

/** How many private-use characters are left (glyphs whose font gives no real character). */
export function countPrivateUse(text: string): number {
  return text.match(PRIVATE_USE)?.length ?? 0;
}
