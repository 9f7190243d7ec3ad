/**
 * `npm run mine:ministry-words`: rewrites scripts/import/ministry-words.json from both corpora (needs ../shared): the
 * words model the importer weighs the calls its rules cannot make with (./import/ministry-words.ts), learnt from the
 * releases the rules call clearly, as imported.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CORPORA, corpusFolder, rawReleaseFiles } from './shared/corpus.ts';
import { decodeInput } from './import/decode-input.ts';
import { parseRaw } from './import/parse-raw.ts';
import { detectCategory } from './import/detect-category.ts';
import { ministryCallOfRelease } from './import/detect-ministry.ts';
import { releaseFeatures } from './import/ministry-words.ts';
import { LEARNING_RULES, learnWordsModel } from './import/ministry-words-learning.ts';
import type { Example } from './import/ministry-words-learning.ts';

const OUTPUT = path.resolve(import.meta.dirname, 'import/ministry-words.json');
/** The calls the rules make on clear evidence: a ministry named clearly more than any other, or the government acting. */
const CLEAR = new Set(['named', 'pm']);

const examples: Example[] = [];
let files = 0;
for (const corpus of CORPORA) {
  const root = await corpusFolder(corpus);
  for (const file of await rawReleaseFiles(path.join(root, `thaigov-${corpus}`))) {
    const decoded = decodeInput(await readFile(file));
    const parsed = decoded.ok ? parseRaw(decoded.text, file) : undefined;
    if (!decoded.ok || !parsed?.ok) continue;
    files++;
    const detected = detectCategory(path.relative(root, file), decoded.text);
    const category = 'slug' in detected ? detected.slug : undefined;
    const call = ministryCallOfRelease(parsed.release, category);
    if (CLEAR.has(call.basis)) examples.push({ features: releaseFeatures(parsed.release, category), slug: call.slug });
  }
}
const model = learnWordsModel(examples);
const comment =
  `The importer's words model (scripts/import/ministry-words.ts). Written by npm run mine:ministry-words from the ` +
  `${examples.length} of the ${files} releases of both corpora whose ministry the rules call clearly: features in ` +
  `${LEARNING_RULES.minReleases} releases or more, ${LEARNING_RULES.epochs} passes, weights under ${LEARNING_RULES.minWeight} dropped. Do not edit by hand.`;
await writeFile(OUTPUT, `${JSON.stringify({ $comment: comment, ...model })}\n`);
const weights = Object.values(model.weights).reduce((n, w) => n + Object.keys(w).length, 0);
console.log(
  `${weights} weights of ${Object.keys(model.weights).length} features, learnt from ${examples.length} releases → ${path.relative(process.cwd(), OUTPUT)}`,
);
