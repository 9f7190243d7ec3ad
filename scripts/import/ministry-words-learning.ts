/**
 * Learns the words model of ./ministry-words.ts: a multinomial logistic regression over releases whose ministry is
 * known, fitted with AdaGrad in a fixed order (the same input gives the same model), then pruned of the small weights
 * (about nine in ten of them), so the file stays small.
 */
import { randomOf } from '../shared/random.ts';
import { weighFeatures } from './ministry-features.ts';
import type { WordsModel } from './ministry-features.ts';

export interface LearningRules {
  /** A feature in fewer releases than this is too rare to learn from. */
  minReleases: number;
  epochs: number;
  rate: number;
  /** How much the data count against keeping weights small (logistic regression's C): more is less regularised. */
  dataWeight: number;
  /** Weights smaller than this are dropped. */
  minWeight: number;
  /** Seed of the shuffle. */
  seed: number;
}

export const LEARNING_RULES: LearningRules = {
  minReleases: 50,
  epochs: 8,
  rate: 0.5,
  dataWeight: 16,
  minWeight: 1,
  seed: 20261207,
};

export interface Example {
  features: ReadonlyMap<string, number>;
  slug: string;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export function learnWordsModel(examples: readonly Example[], rules: LearningRules = LEARNING_RULES): WordsModel {
  const releasesWith = new Map<string, number>();
  for (const { features } of examples)
    for (const feature of features.keys()) releasesWith.set(feature, (releasesWith.get(feature) ?? 0) + 1);
  const vocabulary = [...releasesWith]
    .filter(([, n]) => n >= rules.minReleases)
    .map(([feature]) => feature)
    .sort();
  // Tables without a prototype: a feature may be any word, “constructor” or “__proto__” too.
  const idf: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const feature of vocabulary) idf[feature] = round(Math.log((1 + examples.length) / (1 + releasesWith.get(feature)!)) + 1);
  const index = new Map(vocabulary.map((feature, i) => [feature, i]));
  // The penalty on a weight, spread over the releases that touch it, so that a pass adds up to it once.
  const decay = Float64Array.from(vocabulary, (feature) => 1 / (rules.dataWeight * releasesWith.get(feature)!));
  const classes = [...new Set(examples.map((e) => e.slug))].sort();
  const classOf = new Map(classes.map((slug, k) => [slug, k]));
  const K = classes.length;
  const rows = examples.map(({ features, slug }) => {
    const vector = [...weighFeatures(features, idf)];
    return {
      at: Int32Array.from(vector, ([feature]) => index.get(feature)!),
      value: Float64Array.from(vector, ([, value]) => value),
      k: classOf.get(slug)!,
    };
  });
  const weights = new Float64Array(vocabulary.length * K);
  const squared = new Float64Array(vocabulary.length * K);
  const bias = new Float64Array(K);
  const biasSquared = new Float64Array(K);
  const scores = new Float64Array(K);
  const random = randomOf(rules.seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < rules.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      const { at, value, k: truth } = rows[r]!;
      scores.set(bias);
      for (let n = 0; n < at.length; n++)
        for (let k = 0, base = at[n]! * K; k < K; k++) scores[k]! += weights[base + k]! * value[n]!;
      const top = Math.max(...scores);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += scores[k] = Math.exp(scores[k]! - top);
      for (let k = 0; k < K; k++) {
        const error = scores[k]! / sum - (k === truth ? 1 : 0);
        biasSquared[k]! += error * error;
        bias[k]! -= (rules.rate * error) / (Math.sqrt(biasSquared[k]!) + 1e-8);
        for (let n = 0; n < at.length; n++) {
          const w = at[n]! * K + k;
          const gradient = error * value[n]! + decay[at[n]!]! * weights[w]!;
          squared[w]! += gradient * gradient;
          weights[w]! -= (rules.rate * gradient) / (Math.sqrt(squared[w]!) + 1e-8);
        }
      }
    }
  }
  const kept = Object.create(null) as Record<string, Record<string, number>>;
  vocabulary.forEach((feature, j) => {
    for (let k = 0; k < K; k++) {
      const w = weights[j * K + k]!;
      if (Math.abs(w) >= rules.minWeight)
        (kept[feature] ??= Object.create(null) as Record<string, number>)[classes[k]!] = round(w);
    }
  });
  return { idf, weights: kept, bias: Object.fromEntries(classes.map((slug, k) => [slug, round(bias[k]!)])) };
}
