/**
 * A release as the words model reads it (./ministry-words.ts): the words it uses and how much each counts, and the
 * odds of each ministry a model gives them. Pure, and free of the model file, so that the miner that writes that file
 * (scripts/mine-ministry-words.ts) never loads it: the model it replaces may be one that fails to load.
 */
import path from 'node:path';

/** Where the model lives: written by the miner, read by ./ministry-words.ts. */
export const MODEL_FILE = path.join(import.meta.dirname, 'ministry-words.json');

export interface WordsModel {
  /** Inverse document frequency of each feature the model reads: features outside it are not counted. */
  idf: Readonly<Record<string, number>>;
  /** What each feature says for each ministry (per unit of its weighted, normalised frequency); zero where absent. */
  weights: Readonly<Record<string, Readonly<Record<string, number>>>>;
  bias: Readonly<Record<string, number>>;
}

export interface ReadRelease {
  title: string;
  paragraphs: readonly string[];
  office?: string;
}

const SEGMENTER = new Intl.Segmenter('th', { granularity: 'word' });
/** The lead and what follows it say what a release is about; a long briefing's tail adds little but time. */
const BODY_READ = 2500;
/** Numbers say nothing of whose work it is. */
const NUMBER = /^[\d๐-๙.,]+$/;
/** thaigov's category counts as much as a word said three times. */
const CATEGORY_WEIGHT = 3;

function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of SEGMENTER.segment(text)) if (isWordLike && !NUMBER.test(segment)) words.push(segment);
  return words;
}

/** How often each feature occurs: body words, title words twice (once marked as the title's), category and office. */
export function releaseFeatures({ title, paragraphs, office }: ReadRelease, category?: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (feature: string, times = 1): void => void counts.set(feature, (counts.get(feature) ?? 0) + times);
  for (const word of wordsOf(title)) {
    add(`title:${word}`);
    add(word);
  }
  for (const word of wordsOf(paragraphs.join('\n').slice(0, BODY_READ))) add(word);
  if (category !== undefined) add(`category:${category}`, CATEGORY_WEIGHT);
  for (const word of office?.split(/\s+/) ?? []) if (word) add(`office:${word}`);
  return counts;
}

/** A model's entry for a feature: its own, never one an object inherits (a release may say “constructor”). */
export const entryOf = <T>(table: Readonly<Record<string, T>>, feature: string): T | undefined =>
  Object.hasOwn(table, feature) ? table[feature] : undefined;

/** Counts as the model reads them: damped (1 + ln n), weighted by rarity, scaled to length one. */
export function weighFeatures(counts: ReadonlyMap<string, number>, idf: WordsModel['idf']): Map<string, number> {
  const vector = new Map<string, number>();
  let squares = 0;
  for (const [feature, n] of counts) {
    const rarity = entryOf(idf, feature);
    if (rarity === undefined) continue;
    const value = (1 + Math.log(n)) * rarity;
    vector.set(feature, value);
    squares += value * value;
  }
  const length = Math.sqrt(squares) || 1;
  for (const [feature, value] of vector) vector.set(feature, value / length);
  return vector;
}

/** The probability of each ministry the model knows, from a release's features. */
export function ministryOdds(counts: ReadonlyMap<string, number>, model: WordsModel): Map<string, number> {
  const scores = new Map(Object.entries(model.bias));
  for (const [feature, value] of weighFeatures(counts, model.idf))
    for (const [slug, weight] of Object.entries(entryOf(model.weights, feature) ?? {}))
      scores.set(slug, (scores.get(slug) ?? 0) + weight * value);
  const top = Math.max(...scores.values());
  let sum = 0;
  for (const [slug, score] of scores) {
    const e = Math.exp(score - top);
    scores.set(slug, e);
    sum += e;
  }
  for (const [slug, e] of scores) scores.set(slug, e / sum);
  return scores;
}
