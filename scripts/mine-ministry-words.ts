/**
 * `npm run mine:ministry-words`: rewrites scripts/import/ministry-words.json from both corpora (needs ../shared): the
 * words model the importer weighs the calls its rules leave open with (./import/ministry-words.ts), learnt from the
 * releases the rules call clearly, as parsed (the double postings the importer skips included: they only repeat words).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { corpusReleases } from './import/corpus-releases.ts';
import { detectCategory } from './import/detect-category.ts';
import { ministryCallOfRelease } from './import/detect-ministry.ts';
import { MODEL_FILE, releaseFeatures } from './import/ministry-features.ts';
import { LEARNING_RULES, learnWordsModel } from './import/ministry-words-learning.ts';
import type { MinistryBasis } from './import/detect-ministry.ts';
import type { Example } from './import/ministry-words-learning.ts';
import type { WordsModel } from './import/ministry-features.ts';

/** The calls the rules make on clear evidence: a ministry named clearly more than any other, or the government acting. */
const CLEAR: ReadonlySet<MinistryBasis> = new Set(['named', 'pm']);

/** One feature a line, so that a change to the model reads, and merges, as the features it moved. */
function modelJson(comment: string, { bias, idf, weights }: WordsModel): string {
  const table = (entries: Record<string, unknown>): string =>
    `{\n${Object.entries(entries)
      .map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`)
      .join(',\n')}\n  }`;
  return `{\n  "$comment": ${JSON.stringify(comment)},\n  "bias": ${JSON.stringify(bias)},\n  "idf": ${table(idf)},\n  "weights": ${table(weights)}\n}\n`;
}

const examples: Example[] = [];
let files = 0;
for await (const { file, text, release } of corpusReleases()) {
  files++;
  const detected = detectCategory(file, text);
  const category = 'slug' in detected ? detected.slug : undefined;
  const call = ministryCallOfRelease(release, category);
  if (CLEAR.has(call.basis)) examples.push({ features: releaseFeatures(release, category), slug: call.slug });
}
const model = learnWordsModel(examples);
const { minReleases, epochs, rate, dataWeight, minWeight, seed } = LEARNING_RULES;
const comment =
  `The importer's words model (scripts/import/ministry-words.ts). Written by npm run mine:ministry-words from the ` +
  `${examples.length} of the ${files} parsed releases of both corpora whose ministry the rules call clearly: features in ` +
  `${minReleases} releases or more, ${epochs} passes of AdaGrad at rate ${rate} in an order shuffled by seed ${seed}, ` +
  `data weight (C) ${dataWeight}, weights under ${minWeight} dropped. Do not edit by hand.`;
await writeFile(MODEL_FILE, modelJson(comment, model));
const weights = Object.values(model.weights).reduce((n, w) => n + Object.keys(w).length, 0);
console.log(
  `${weights} weights of ${Object.keys(model.weights).length} features, learnt from ${examples.length} releases → ${path.relative(process.cwd(), MODEL_FILE)}`,
);
