/** npm run eval:import — the importer's accuracy on the hand-labelled set, and every miss. */
import { corpusFolder } from './lib/corpus.ts';
import { evaluateImport, loadLabels } from './lib/import-eval.ts';

const result = await evaluateImport(await loadLabels(), await corpusFolder());
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
console.log(`releases            ${result.releases}`);
console.log(`title               ${pct(result.titleAccuracy)}   (target 100 %)`);
console.log(`date                ${pct(result.dateAccuracy)}   (target 100 %)`);
console.log(`ministry            ${pct(result.ministryAccuracy)}   (target ≥ 95 %)`);
console.log(`province precision  ${result.provincePrecision.toFixed(3)}   (target ≥ 0.95)`);
console.log(`province recall     ${result.provinceRecall.toFixed(3)}   (target ≥ 0.95)`);
console.log(result.misses.length ? `\nmisses:\n${result.misses.map((m) => `  ${m}`).join('\n')}` : '\nno misses');
