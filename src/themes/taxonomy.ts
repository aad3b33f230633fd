/**
 * The theme taxonomy (data/themes.json), loaded once and compiled into word patterns.
 *
 * A pattern is a sequence of elements; each element is a set of alternative words. The JSON
 * writes it as "意识 WEAK" (elements separated by spaces, alternatives by |, UPPERCASE names expand
 * to the macro's word list), so a researcher can extend the taxonomy without touching code.
 *
 * Besides its explicit patterns a theme lists `topics`: the words that name its subject (网站,
 * 培训, 解读 …). A problem item names the theme when a topic and a weakness word (macro WEAK)
 * meet in a clause, or a lack word (macro LACK) precedes a topic ("缺乏培训"); an improvement
 * item names it when an action word (macro IMPROVE) precedes a topic ("加强平台建设").
 *
 * A theme may list `heads`: words that take over what stands before them in a clause that names
 * their theme. In "群众对依申请公开渠道知晓度不高" the channel is only the object of 知晓度
 * (publicity), so the matches of application and form that begin before the head, with no
 * weakness word of their own before it, do not count ("Chinese noun phrases end in their head").
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildMatcher, type RuleMatcher } from './matcher.js';

/** The theme for items that fit none of the taxonomy's themes. */
export const OTHER_THEME = 'other';
export const OTHER_LABEL = '其他';

/** A compiled pattern: its elements in order (each a list of alternative words) and, when the
 *  JSON gives one ("~1 缺乏|缺少 培训"), its own largest gap in words. */
export interface Rule {
  elements: string[][];
  maxGap?: number;
}

export interface ThemeDef {
  id: string;
  labelZh: string;
  description: string;
  typical: string[];
  /** Compiled patterns of a problem item: elements in order, each a list of alternative words. */
  patterns: Rule[];
  /** Compiled patterns of an improvement item (the problem patterns plus action + topic). */
  improvementPatterns: Rule[];
  /** Head words (alternatives of one element): in a clause naming this theme, they take over
   *  the matches of other themes that begin before them with no weakness word before them. */
  heads: string[];
}

export interface Taxonomy {
  maxGap: number;
  /** Gaps are multiplied by this (2 when words are single characters: no segmenter). */
  gapScale?: number;
  themes: ThemeDef[];
  /** Words dropped before TF-IDF in discovery (the stop-words and the macros' words). */
  stopwords: ReadonlySet<string>;
  /**
   * Every word the taxonomy knows (pattern words, macros, stop-words, lexicon): a segmenter's
   * compound such as 公开意识不强 or 网站集约化 is matched by its parts when it is made of these.
   */
  vocabulary: ReadonlySet<string>;
  /** The rules indexed by their first words (built with the taxonomy; see matcher.ts). */
  matcher?: RuleMatcher;
  /** Words saying that something is weak or lacking (macros WEAK and LACK, and the negated words
   *  of patterns: 不及时, 未同步): a match holding one before a head is a statement of its own,
   *  not the head's modifier. */
  weakWords: string[];
}

interface RawTheme {
  id: string;
  label_zh: string;
  description?: string;
  typical?: string[];
  patterns?: string[];
  topics?: string[];
  heads?: string[];
}

interface RawTaxonomy {
  maxGap?: number;
  macros?: Record<string, string[]>;
  stopwords?: string[];
  /** Further words that compounds are made of (社会, 程度 …), for splitting compounds only. */
  lexicon?: string[];
  themes: RawTheme[];
}

/** data/themes.json at the package root: two levels up from src/themes/ and dist/themes/. */
export const THEMES_PATH = fileURLToPath(new URL('../../data/themes.json', import.meta.url));

const MACRO_NAME = /^[A-Z][A-Z0-9_]*$/;

/** A negated predicate of a pattern (不及时, 未同步, 没有更新, 无法访问): it states a shortcoming. */
const NEGATED = /^[不未没无非][\u4e00-\u9fff]/;

/** "意识 WEAK" → [["意识"], ["不够", "不足", …]]. */
export function compilePattern(pattern: string, macros: Record<string, string[]>): string[][] {
  return pattern
    .trim()
    .split(/\s+/)
    .map((element) => {
      const words = element.split('|').flatMap((alt) => {
        if (!MACRO_NAME.test(alt)) return [alt];
        const expansion = macros[alt];
        if (!expansion) throw new Error(`themes.json: unknown macro ${alt} in pattern "${pattern}"`);
        return expansion;
      });
      // Longest first, so the longest alternative wins where several fit at one place.
      return [...new Set(words.filter((w) => w.length > 0))].sort((a, b) => b.length - a.length);
    })
    .filter((alts) => alts.length > 0);
}

/** Topic rules of a theme in pattern syntax (macros WEAK, LACK, IMPROVE when the JSON defines them). */
function topicPatterns(topics: readonly string[], macros: Record<string, string[]>): { problem: string[]; improvement: string[] } {
  if (topics.length === 0) return { problem: [], improvement: [] };
  const t = topics.join('|');
  return {
    // a lack word governs the word right after it: 缺乏培训, 无专门人员 (not 未进行全流程)
    problem: [...(macros.WEAK ? [`${t} WEAK`] : []), ...(macros.LACK ? [`~1 LACK ${t}`] : [])],
    improvement: macros.IMPROVE ? [`IMPROVE ${t}`] : [],
  };
}

/** "~1 LACK 培训" → a rule with its own gap; "意识 WEAK" → a rule with the taxonomy's gap. */
export function compileRule(pattern: string, macros: Record<string, string[]>): Rule {
  const gap = /^\s*~(\d+)\s+/.exec(pattern);
  const elements = compilePattern(gap ? pattern.slice(gap[0].length) : pattern, macros);
  return gap ? { elements, maxGap: Number(gap[1]) } : { elements };
}

/** Heads are single elements ("知晓度", "责任追究机制", "AWARE"); a head may span several words. */
function compileHeads(heads: readonly string[], macros: Record<string, string[]>, themeId: string): string[] {
  return [...new Set(heads.flatMap((h) => {
    const elements = compilePattern(h, macros);
    if (elements.length > 1) throw new Error(`themes.json: head "${h}" of ${themeId} must be one element (no spaces)`);
    return elements.flat();
  }))].sort((a, b) => b.length - a.length);
}

export function compileTaxonomy(raw: RawTaxonomy): Taxonomy {
  const macros = raw.macros ?? {};
  const themes = raw.themes.map((t) => {
    const topics = topicPatterns(t.topics ?? [], macros);
    const patterns = [...(t.patterns ?? []), ...topics.problem].map((p) => compileRule(p, macros));
    return {
      id: t.id,
      labelZh: t.label_zh,
      description: t.description ?? '',
      typical: t.typical ?? [],
      patterns,
      improvementPatterns: [...patterns, ...topics.improvement.map((p) => compileRule(p, macros))],
      heads: compileHeads(t.heads ?? [], macros, t.id),
    };
  });
  const patternWords = themes.flatMap((t) => t.improvementPatterns.flatMap((r) => r.elements.flat()));
  const vocabulary = new Set([
    ...patternWords,
    ...themes.flatMap((t) => t.heads),
    ...Object.values(macros).flat(),
    ...(raw.stopwords ?? []),
    ...(raw.lexicon ?? []),
  ]);
  const taxonomy: Taxonomy = {
    maxGap: raw.maxGap ?? 4,
    // Weakness words (the macros) say that something is lacking, not what: no use as top terms.
    stopwords: new Set([...(raw.stopwords ?? []), ...Object.values(macros).flat()]),
    vocabulary,
    weakWords: [...new Set([...(macros.WEAK ?? []), ...(macros.LACK ?? []), ...patternWords.filter((w) => NEGATED.test(w))])].sort(
      (a, b) => b.length - a.length,
    ),
    themes,
  };
  return { ...taxonomy, matcher: buildMatcher(taxonomy) };
}

export const TAXONOMY: Taxonomy = compileTaxonomy(JSON.parse(readFileSync(THEMES_PATH, 'utf8')) as RawTaxonomy);

/** Chinese label of a theme id (discovered `other:<term>` clusters keep the 其他 label plus the term). */
export function themeLabel(id: string, taxonomy: Taxonomy = TAXONOMY): string {
  if (id === OTHER_THEME) return OTHER_LABEL;
  if (id.startsWith(`${OTHER_THEME}:`)) return `${OTHER_LABEL}（${id.slice(OTHER_THEME.length + 1)}）`;
  return taxonomy.themes.find((t) => t.id === id)?.labelZh ?? id;
}
