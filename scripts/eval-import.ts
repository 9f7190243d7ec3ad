/**
 * npm run eval:import — the importer's accuracy on the hand-labelled sets of both corpora, and every miss.
 * npm run eval:import -- --clean <folders…> — what readers would get from importing the raw
 * releases below the folders: how many bodies open with a date line, keep a leftover of the
 * source page, or carry control or invisible characters, and how many are in English.
 */
import { parseArgs } from 'node:util';
import { CORPORA, corpusFolder } from './shared/corpus.ts';
import { evaluateImport, LABEL_SETS, labelledSure, loadLabels } from './import/import-eval.ts';
import { measureImport } from './import/import-quality.ts';
import { wilsonInterval } from './shared/proportion-interval.ts';

import type { Evaluation, Label } from './import/import-eval.ts';

const { values, positionals } = parseArgs({ options: { clean: { type: 'boolean', default: false } }, allowPositionals: true });

if (values.clean) {
  if (positionals.length === 0) {
    console.error('usage: npm run eval:import -- --clean <folders of raw releases…>');
    process.exit(2);
  }
  const q = await measureImport(positionals);
  console.log(`${q.files} raw files, ${q.imported} imported`);
  console.log(`  body opens with a date line        ${q.startsWithDate}`);
  console.log(`  body has a leftover paragraph      ${q.withLeftover}`);
  console.log(`  body has the title as a paragraph  ${q.withRepeatedTitle}`);
  console.log(`  body is only the title             ${q.titleOnly}`);
  console.log(`  body has a C0/C1 control character ${q.withControl}`);
  console.log(`  body has an invisible character    ${q.withInvisible}`);
  console.log(
    `  written in English (lang: en)      ${q.english}, of them named "Government News" ${q.englishGovernmentNews}; "Government News" kept Thai ${q.thaiGovernmentNews}`,
  );
  for (const [key, files] of Object.entries(q.examples)) console.log(`  e.g. ${key}: ${files.join(' | ')}`);
} else {
  const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
  /** Fewer labels than this say little about a category. */
  const CATEGORY_SAMPLE = 20;
  const ministryLine = (label: string, right: number, releases: number, note: string): void => {
    const { low, high } = wilsonInterval(right, releases);
    console.log(`  ${label.padEnd(19)} ${pct(right / releases)}   (${note}95 % interval ${pct(low)}–${pct(high)})`);
  };
  const show = (name: string, labels: readonly Label[], result: Evaluation): void => {
    console.log(`${name}: ${result.releases} releases`);
    console.log(`  title               ${pct(result.titleAccuracy)}   (target 100 %)`);
    console.log(`  date                ${pct(result.dateAccuracy)}   (target 100 %)`);
    ministryLine('ministry', result.releases - result.ministryMissed.size, result.releases, 'target ≥ 95 %; ');
    // The target counts every label; this says how much of the gap is calls the annotators doubted.
    const sure = labels.filter(labelledSure);
    const sureRight = sure.filter((label) => !result.ministryMissed.has(label.file)).length;
    ministryLine('  on sure labels', sureRight, sure.length, `${sure.length} labels the annotator was sure of; `);
    // What an editor gets from checking the close calls the importer lists: the rest as they come.
    const close = labels.filter((label) => result.ministryCloseCalls.has(label.file));
    const closeMissed = close.filter((label) => result.ministryMissed.has(label.file)).length;
    const rest = labels.filter((label) => !result.ministryCloseCalls.has(label.file));
    const restRight = rest.filter((label) => !result.ministryMissed.has(label.file)).length;
    ministryLine(
      '  on the rest',
      restRight,
      rest.length,
      `${close.length} close calls (${pct(close.length / labels.length)}) listed for an editor hold ${closeMissed} of ${result.ministryMissed.size} misses, ${result.ministryRunnerUpRight} of them the runner-up named beside the call; `,
    );
    console.log(`  province precision  ${result.provincePrecision.toFixed(3)}   (target ≥ 0.97)`);
    console.log(`  province recall     ${result.provinceRecall.toFixed(3)}   (target ≥ 0.97)`);
    const categories = [...result.ministryByCategory]
      .filter(([, { releases }]) => releases >= CATEGORY_SAMPLE)
      .sort(([, a], [, b]) => a.right / a.releases - b.right / b.releases);
    console.log(`  ministry by thaigov category (${CATEGORY_SAMPLE} labels or more), weakest first:`);
    for (const [category, { releases, right }] of categories)
      console.log(`    ${category.padEnd(28)} ${pct(right / releases).padStart(7)}   ${right}/${releases}`);
  };
  for (const corpus of CORPORA) {
    const labels = await loadLabels(corpus);
    const folder = await corpusFolder(corpus);
    const all = await evaluateImport(labels, folder);
    console.log(`\n== ${corpus} (${LABEL_SETS[corpus].map((file) => `tests/fixtures/${file}`).join(', ')})`);
    show('all labelled releases', labels, all);
    const heldOut = labels.filter((l) => l.heldOut);
    if (heldOut.length) show('held out (labelled blind after tuning)', heldOut, await evaluateImport(heldOut, folder));
    console.log(all.misses.length ? `misses:\n${all.misses.map((m) => `  ${m}`).join('\n')}` : 'no misses');
  }
}
