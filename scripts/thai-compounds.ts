/**
 * `npm run mine:compounds`: rewrites src/thai/compounds.json from both corpora (needs
 * ../shared): the compound words a line must not break inside (./thai/compound-words.ts),
 * counted in the text readers get, as the importer parses it: lines unwrapped, leftovers of
 * the page out, sara am written as one letter (the raw กํา|ลัง was a compound of its own).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  COMPOUND_RULES,
  compoundWords,
  NeighbourCounts,
  PairCounts,
  PART_OF_WORD_SHARE,
  wholeWords,
} from './thai/compound-words.ts';
import { corpusReleases } from './import/corpus-releases.ts';

const OUTPUT = path.resolve(import.meta.dirname, '../src/thai/compounds.json');

/** The text of every release of both corpora as the importer parses it, one release at a time. */
async function* releaseTexts(): AsyncGenerator<string> {
  for await (const { release } of corpusReleases()) yield [release.title, ...release.paragraphs].join('\n');
}

const counts = new PairCounts();
let files = 0;
for await (const text of releaseTexts()) {
  counts.add(text);
  files++;
}
const pairs = compoundWords(counts);
// A second pass: what comes before and after each pair, to find the words ICU split in three.
const neighbours = new NeighbourCounts(pairs);
for await (const text of releaseTexts()) neighbours.add(text);
const words = wholeWords(pairs, neighbours);
const comment =
  `Compound words ICU's Thai dictionary splits, kept on one line by src/thai/unbreakable.ts. ` +
  `Written by npm run mine:compounds from the text of the ${files} releases of both corpora as imported: adjacent ICU ` +
  `segments occurring together at least ${COMPOUND_RULES.minCount} times, log association ≥ ${COMPOUND_RULES.minAssociation}, ` +
  `each part in the pair ≥ ${COMPOUND_RULES.minShare * 100} % of its occurrences, at most ${COMPOUND_RULES.maxLength} characters; ` +
  `beside each pair, the word with the segment that follows (or precedes) it in ${PART_OF_WORD_SHARE * 100} % of its occurrences. Do not edit by hand.`;
await writeFile(OUTPUT, `${JSON.stringify({ $comment: comment, words }, null, 2)}\n`);
console.log(`${words.length} compounds from ${files} releases → ${path.relative(process.cwd(), OUTPUT)}`);
