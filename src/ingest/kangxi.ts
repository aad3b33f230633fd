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

/** Radicals, Kangxi radicals and CJK compatibility ideographs: the only characters we touch. */
const RADICAL_LIKE = /[\u2E80-\u2EFF\u2F00-\u2FDF\uF900-\uFAFF]/gu;

/** Replace radical glyphs by the ideographs they stand for; everything else is left as is. */
export function fixRadicals(text: string): string {
  return text.replace(RADICAL_LIKE, (ch) => RADICAL_SUPPLEMENT[ch] ?? ch.normalize('NFKC'));
}
