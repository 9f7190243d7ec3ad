/**
 * `npm run mine:compounds`: rewrites src/thai/compounds.json from both corpora (needs
 * ../shared): the compound words a line must not break inside (./thai/compound-words.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CORPORA, corpusFolder, rawReleaseFiles } from './shared/corpus.ts';
import { COMPOUND_RULES, compoundWords, PairCounts } from './thai/compound-words.ts';

const OUTPUT = path.resolve(import.meta.dirname, '../src/thai/compounds.json');

const counts = new PairCounts();
let files = 0;
for (const corpus of CORPORA) {
  const folder = path.join(await corpusFolder(corpus), `thaigov-${corpus}`);
  for (const file of await rawReleaseFiles(folder)) {
    counts.add(await readFile(file, 'utf8'));
    files++;
  }
}
const words = compoundWords(counts);
const comment =
  `Compound words ICU's Thai dictionary splits, kept on one line by src/thai/unbreakable.ts. ` +
  `Written by npm run mine:compounds from the ${files} raw releases of both corpora: adjacent ICU ` +
  `segments occurring together at least ${COMPOUND_RULES.minCount} times, log association ≥ ${COMPOUND_RULES.minAssociation}, ` +
  `each part in the pair ≥ ${COMPOUND_RULES.minShare * 100} % of its occurrences, at most ${COMPOUND_RULES.maxLength} characters. Do not edit by hand.`;
await writeFile(OUTPUT, `${JSON.stringify({ $comment: comment, words }, null, 1)}\n`);
console.log(`${words.length} compounds from ${files} releases → ${path.relative(process.cwd(), OUTPUT)}`);
