/**
 * The theme taxonomy (data/themes.json), loaded once and compiled into word patterns.
 *
 * A pattern is a sequence of elements; each element is a set of alternative words. The JSON
 * writes it as "意识 WEAK" (elements separated by spaces, alternatives by |, UPPERCASE names expand
 * to the macro's word list), so a researcher can extend the taxonomy without touching code.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The theme for items that fit none of the taxonomy's themes. */
export const OTHER_THEME = 'other';
export const OTHER_LABEL = '其他';

export interface ThemeDef {
  id: string;
  labelZh: string;
  description: string;
  typical: string[];
  /** Compiled patterns: elements in order, each a list of alternative words. */
  patterns: string[][][];
}

export interface Taxonomy {
  maxGap: number;
  themes: ThemeDef[];
  /** Words dropped before TF-IDF in discovery (the stop-words and the macros' words). */
  stopwords: ReadonlySet<string>;
}

interface RawTheme {
  id: string;
  label_zh: string;
  description?: string;
  typical?: string[];
  patterns: string[];
}

interface RawTaxonomy {
  maxGap?: number;
  macros?: Record<string, string[]>;
  stopwords?: string[];
  themes: RawTheme[];
}

/** data/themes.json at the package root: two levels up from src/themes/ and dist/themes/. */
export const THEMES_PATH = fileURLToPath(new URL('../../data/themes.json', import.meta.url));

const MACRO_NAME = /^[A-Z][A-Z0-9_]*$/;

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

export function compileTaxonomy(raw: RawTaxonomy): Taxonomy {
  const macros = raw.macros ?? {};
  return {
    maxGap: raw.maxGap ?? 4,
    // Weakness words (the macros) say that something is lacking, not what: no use as top terms.
    stopwords: new Set([...(raw.stopwords ?? []), ...Object.values(macros).flat()]),
    themes: raw.themes.map((t) => ({
      id: t.id,
      labelZh: t.label_zh,
      description: t.description ?? '',
      typical: t.typical ?? [],
      patterns: t.patterns.map((p) => compilePattern(p, macros)),
    })),
  };
}

export const TAXONOMY: Taxonomy = compileTaxonomy(JSON.parse(readFileSync(THEMES_PATH, 'utf8')) as RawTaxonomy);

/** Chinese label of a theme id (discovered `other:<term>` clusters keep the 其他 label plus the term). */
export function themeLabel(id: string, taxonomy: Taxonomy = TAXONOMY): string {
  if (id === OTHER_THEME) return OTHER_LABEL;
  if (id.startsWith(`${OTHER_THEME}:`)) return `${OTHER_LABEL}（${id.slice(OTHER_THEME.length + 1)}）`;
  return taxonomy.themes.find((t) => t.id === id)?.labelZh ?? id;
}
