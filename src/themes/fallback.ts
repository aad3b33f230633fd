/**
 * Example-based fallback for wording the rules of data/themes.json do not know.
 *
 * data/theme-examples.json holds labelled problem sentences. From them one logistic regression per
 * theme is learned at module load: the features of a text are the character pairs inside each of
 * its clauses (不够细 and 不细 share 不细, 滞后现象 and 滞后 share 滞后; no segmenter needed),
 * TF-IDF weighted and scaled to unit length. A theme's model is a weight per character pair and a
 * bias, so what it learned can be read off (`topFeatures`). A theme is proposed for a text when its
 * probability reaches a threshold chosen by 5-fold cross-validation over the examples, precision
 * first (scores in test/themes/fallback.test.ts).
 *
 * How the pipeline uses it (`classifyWithFallback`): the rules decide; only
 * - an item the rules give no theme gets the themes the model proposes for the whole item, and
 * - a clause of an item in which the rules find nothing may add a theme, with a stricter threshold.
 * Only problem items: the examples are problem sentences, not improvement measures.
 *
 * Cost: training is ~13 themes × 30 passes over a few hundred short vectors, once per thread (~30 ms); a
 * query is one lookup per character pair, then a sum per theme.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProblemPart } from '../types.js';
import { themedClauses, themesOfClauses, type ClauseThemes } from './classify.js';
import { OTHER_THEME, TAXONOMY, type Taxonomy } from './taxonomy.js';

/** A labelled sentence of data/theme-examples.json (`themes` empty: no theme of the taxonomy fits). */
export interface ThemeExample {
  text: string;
  themes: string[];
  source?: string;
}

/** A sparse vector: feature → value. */
type Vector = Map<string, number>;

/** One theme's logistic regression: bias plus a weight per feature. */
export interface ThemeWeights {
  theme: string;
  bias: number;
  weights: ReadonlyMap<string, number>;
}

/** The learned models: the inverse document frequencies of the features and each theme's weights. */
export interface ThemeModel {
  idf: ReadonlyMap<string, number>;
  themes: readonly ThemeWeights[];
  /** The same weights by feature number (idf's order), for scoring without a look-up per feature
   *  and theme; set by trainThemeModel. */
  dense?: DenseWeights;
}

/** Weights as arrays: `weights[t][index.get(feature)]` is theme t's weight of the feature. */
interface DenseWeights {
  index: ReadonlyMap<string, number>;
  weights: readonly Float64Array[];
}

/** A vector as feature numbers and values, in the order of the Map it comes from. */
interface DenseVector {
  ids: Int32Array;
  values: Float64Array;
}

function denseVector(x: Vector, index: ReadonlyMap<string, number>): DenseVector {
  const ids = new Int32Array(x.size);
  const values = new Float64Array(x.size);
  let k = 0;
  for (const [f, v] of x) {
    ids[k] = index.get(f)!;
    values[k++] = v;
  }
  return { ids, values };
}

export interface TrainOptions {
  /** Passes over the examples. */
  epochs: number;
  /** L2 penalty per update. */
  l2: number;
  /** Learning rate of the first pass (decays as 1 / (1 + 0.05·pass)). */
  rate: number;
}

export const TRAIN_OPTIONS: TrainOptions = { epochs: 30, l2: 0.001, rate: 0.5 };

export interface FallbackOptions {
  /** Probability a theme needs when the rules give the item no theme at all. */
  whenNone: number;
  /** Probability a theme needs to be added from a clause the rules found nothing in. */
  toAdd: number;
  /** Clauses shorter than this (in Han characters) add nothing: 有待进一步提高 names no subject. */
  minClauseChars: number;
}

/**
 * Chosen by 5-fold cross-validation over data/theme-examples.json (test/themes/fallback.test.ts):
 * the model alone at 0.5 has precision 0.91 (recall 0.57), at 0.6 0.95, at 0.7 0.97. Adding to
 * what the rules found needs more certainty than filling an empty item: clauses the rules find
 * nothing in are mostly empty of themes (有待进一步提高), and at 0.5 / 0.6 the additions cost 4 / 2
 * false themes over the examples, at 0.7 none.
 */
export const FALLBACK_OPTIONS: FallbackOptions = { whenNone: 0.5, toAdd: 0.7, minClauseChars: 6 };

const CLAUSE_SPLIT = /[，,。；;：:！!？?、\s]+/;
const HAN = /[\u4e00-\u9fff]/;

/** Features of a text: the pairs of adjacent Han characters inside each clause (quotes, brackets dropped). */
export function textFeatures(text: string): string[] {
  const features: string[] = [];
  for (const clause of text.split(CLAUSE_SPLIT)) {
    const han = [...clause].filter((c) => HAN.test(c));
    for (let i = 0; i + 1 < han.length; i++) features.push(han[i]! + han[i + 1]!);
  }
  return features;
}

/** Sublinear TF-IDF of the features, unit length; features unknown to `idf` are dropped. */
function unitVector(features: readonly string[], idf: ReadonlyMap<string, number>): Vector {
  const v: Vector = new Map();
  for (const f of features) if (idf.has(f)) v.set(f, (v.get(f) ?? 0) + 1);
  for (const [f, n] of v) v.set(f, (1 + Math.log(n)) * idf.get(f)!);
  const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  if (norm > 0) for (const [f, x] of v) v.set(f, x / norm);
  return v;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function linear(model: ThemeWeights, x: Vector): number {
  let z = model.bias;
  for (const [f, v] of x) z += (model.weights.get(f) ?? 0) * v;
  return z;
}

/**
 * One theme's logistic regression by stochastic gradient descent in example order (deterministic).
 * Positives weigh √(negatives/positives) more, so a theme with few examples is still learned.
 * The weights are an array by feature number: the same updates, in the same order, as on a Map of
 * features (a fifth of the time: training runs at every thread's start).
 */
function trainTheme(xs: readonly DenseVector[], y: readonly number[], features: number, options: TrainOptions): { bias: number; weights: Float64Array } {
  const weights = new Float64Array(features);
  let bias = 0;
  const positives = y.reduce<number>((s, v) => s + v, 0);
  const positiveWeight = positives > 0 ? Math.sqrt((y.length - positives) / positives) : 1;
  for (let pass = 0; pass < options.epochs; pass++) {
    const rate = options.rate / (1 + pass * 0.05);
    xs.forEach(({ ids, values }, i) => {
      let z = bias;
      for (let k = 0; k < ids.length; k++) z += weights[ids[k]!]! * values[k]!;
      const gradient = (sigmoid(z) - y[i]!) * (y[i] ? positiveWeight : 1);
      for (let k = 0; k < ids.length; k++) {
        const w = weights[ids[k]!]!;
        weights[ids[k]!] = w - rate * (gradient * values[k]! + options.l2 * w);
      }
      bias -= rate * gradient;
    });
  }
  return { bias, weights };
}

/** Learn a model per theme id from labelled texts. */
export function trainThemeModel(
  examples: ReadonlyArray<{ text: string; themes: readonly string[] }>,
  themeIds: readonly string[],
  options: TrainOptions = TRAIN_OPTIONS,
): ThemeModel {
  const features = examples.map((e) => textFeatures(e.text));
  const df = new Map<string, number>();
  for (const fs of features) for (const f of new Set(fs)) df.set(f, (df.get(f) ?? 0) + 1);
  const n = examples.length;
  const idf = new Map([...df].map(([f, d]) => [f, Math.log((n + 1) / (d + 1)) + 1]));
  const index = new Map([...idf.keys()].map((f, i) => [f, i]));
  const xs = features.map((fs) => unitVector(fs, idf));
  const dense = xs.map((x) => denseVector(x, index));
  // a feature's weight entry is made at its first update: features in order of first appearance
  const seen = new Set<string>();
  for (const x of xs) for (const f of x.keys()) seen.add(f);
  const order = [...seen];
  const trained = themeIds.map((id) => trainTheme(dense, examples.map((e) => (e.themes.includes(id) ? 1 : 0)), index.size, options));
  const themes = themeIds.map((theme, t): ThemeWeights => {
    const { bias, weights } = trained[t]!;
    return { theme, bias, weights: new Map(order.map((f) => [f, weights[index.get(f)!]!])) };
  });
  return { idf, themes, dense: { index, weights: trained.map((t) => t.weights) } };
}

/** Each theme's probability for a text, most probable first. */
export function themeProbabilities(model: ThemeModel, text: string): Array<{ theme: string; probability: number }> {
  const x = unitVector(textFeatures(text), model.idf);
  if (x.size === 0) return [];
  const dense = model.dense;
  if (!dense) return model.themes.map((m) => ({ theme: m.theme, probability: sigmoid(linear(m, x)) })).sort((a, b) => b.probability - a.probability);
  // every feature of x is one of idf's, so has a number and a weight
  const { ids, values } = denseVector(x, dense.index);
  return model.themes
    .map((m, t) => {
      const weights = dense.weights[t]!;
      let z = m.bias;
      for (let k = 0; k < ids.length; k++) z += weights[ids[k]!]! * values[k]!;
      return { theme: m.theme, probability: sigmoid(z) };
    })
    .sort((a, b) => b.probability - a.probability);
}

/** Themes whose probability for the text reaches `threshold`. */
export function proposedThemes(model: ThemeModel, text: string, threshold: number): string[] {
  return themeProbabilities(model, text)
    .filter((p) => p.probability >= threshold)
    .map((p) => p.theme);
}

/** The character pairs weighing most for a theme (what the model learned), for a researcher to inspect. */
export function topFeatures(model: ThemeModel, theme: string, n = 10): Array<[feature: string, weight: number]> {
  const m = model.themes.find((t) => t.theme === theme);
  if (!m) return [];
  return [...m.weights].sort((a, b) => b[1] - a[1]).slice(0, n);
}

/**
 * Themes of an item: the rules' (classifyWords), completed by the model where the rules found
 * nothing — the whole item when they name no theme, each clause without a theme otherwise.
 * Returned in taxonomy order; [`other`] when nothing fits.
 */
export function classifyWithFallback(
  words: readonly string[],
  model: ThemeModel,
  taxonomy: Taxonomy = TAXONOMY,
  part: ProblemPart = 'problem',
  options: FallbackOptions = FALLBACK_OPTIONS,
): string[] {
  return completeWithModel(themedClauses(words, taxonomy, part), words, model, taxonomy, part, options);
}

/** `classifyWithFallback` over clauses already read by the rules (`themedClauses` of the words). */
export function completeWithModel(
  clauses: readonly ClauseThemes[],
  words: readonly string[],
  model: ThemeModel,
  taxonomy: Taxonomy = TAXONOMY,
  part: ProblemPart = 'problem',
  options: FallbackOptions = FALLBACK_OPTIONS,
): string[] {
  const byRules = themesOfClauses(clauses, taxonomy);
  if (part !== 'problem') return byRules;
  const found = new Set(byRules.filter((t) => t !== OTHER_THEME));
  if (found.size === 0) {
    for (const t of proposedThemes(model, words.join(''), options.whenNone)) found.add(t);
  } else {
    for (const { clause, themes } of clauses) {
      if (themes.length > 0) continue;
      if (hanCount(clause.text) < options.minClauseChars) continue;
      for (const t of proposedThemes(model, clause.text, options.toAdd)) found.add(t);
    }
  }
  const themes = taxonomy.themes.filter((t) => found.has(t.id)).map((t) => t.id);
  return themes.length > 0 ? themes : [OTHER_THEME];
}

function hanCount(text: string): number {
  let n = 0;
  for (const c of text) if (HAN.test(c)) n++;
  return n;
}

/** data/theme-examples.json at the package root: two levels up from src/themes/ and dist/themes/. */
export const EXAMPLES_PATH = fileURLToPath(new URL('../../data/theme-examples.json', import.meta.url));

/** The examples of a JSON file `{ "examples": [{ text, themes }] }`; theme ids unknown to the taxonomy are an error. */
export function loadExamples(path: string = EXAMPLES_PATH, taxonomy: Taxonomy = TAXONOMY): ThemeExample[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { examples?: ThemeExample[] };
  if (!Array.isArray(raw.examples)) throw new Error(`${path}: no "examples" list`);
  const ids = new Set(taxonomy.themes.map((t) => t.id));
  return raw.examples
    .filter((e) => typeof e.text === 'string' && Array.isArray(e.themes))
    .map((e) => {
      const unknown = e.themes.filter((t) => !ids.has(t) && t !== OTHER_THEME);
      if (unknown.length > 0) throw new Error(`${path}: unknown theme ${unknown.join(', ')} in "${e.text}"`);
      return { ...e, themes: e.themes.filter((t) => t !== OTHER_THEME) };
    });
}

export const EXAMPLES: readonly ThemeExample[] = loadExamples();

/** The model learned from data/theme-examples.json, once per process. */
export const THEME_MODEL: ThemeModel = trainThemeModel(EXAMPLES, TAXONOMY.themes.map((t) => t.id));
