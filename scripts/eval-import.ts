/** npm run eval:import — the importer's accuracy on the hand-labelled set, and every miss. */
import { corpusFolder } from './lib/corpus.ts';
import { evaluateImport, loadLabels } from './lib/import-eval.ts';

import type { Evaluation } from './lib/import-eval.ts';

const labels = await loadLabels();
const corpus = await corpusFolder();
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
const show = (name: string, result: Evaluation): void => {
  console.log(`${name}: ${result.releases} releases`);
  console.log(`  title               ${pct(result.titleAccuracy)}   (target 100 %)`);
  console.log(`  date                ${pct(result.dateAccuracy)}   (target 100 %)`);
  console.log(`  ministry            ${pct(result.ministryAccuracy)}   (target ≥ 95 %)`);
  console.log(`  province precision  ${result.provincePrecision.toFixed(3)}   (target ≥ 0.95)`);
  console.log(`  province recall     ${result.provinceRecall.toFixed(3)}   (target ≥ 0.95)`);
};
const all = await evaluateImport(labels, corpus);
show('all labelled releases', all);
show('held out (labelled blind after tuning)', await evaluateImport(labels.filter((l) => l.heldOut), corpus));
console.log(all.misses.length ? `\nmisses:\n${all.misses.map((m) => `  ${m}`).join('\n')}` : '\nno misses');
