/**
 * Accuracy floors on the hand-labelled releases of both corpora (needs ../shared). The
 * targets (ministry ≥ 95 %, provinces ≥ 0.97) are printed by npm run eval:import; these
 * floors only keep a change from making the importer worse than it is.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { CORPUS_ARCHIVE, corpusFolder } from '../../scripts/shared/corpus.ts';
import { evaluateImport, loadLabels } from '../../scripts/import/import-eval.ts';

describe.skipIf(!existsSync(CORPUS_ARCHIVE))('importer accuracy on labelled releases (needs ../shared)', () => {
  it('on 4,481 of 2016–2020: title and date every time, ministry ≥ 93 %, provinces ≥ 0.95 precision and recall', async () => {
    const labels = await loadLabels('2016-2020');
    expect(labels.length).toBeGreaterThanOrEqual(4481);
    const result = await evaluateImport(labels, await corpusFolder('2016-2020'));
    expect(result.titleAccuracy, result.misses.join('\n')).toBe(1);
    expect(result.dateAccuracy, result.misses.join('\n')).toBe(1);
    expect(result.ministryAccuracy, result.misses.join('\n')).toBeGreaterThanOrEqual(0.93);
    expect(result.provincePrecision, result.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(result.provinceRecall, result.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('on the 1,466 of 2020–2025 the detectors were fixed on: title and date every time, ministry ≥ 93 %, provinces ≥ 0.97', async () => {
    const labels = (await loadLabels('2020-2025')).filter((label) => !label.heldOut);
    expect(labels.length).toBeGreaterThanOrEqual(1466);
    const result = await evaluateImport(labels, await corpusFolder('2020-2025'));
    expect(result.titleAccuracy, result.misses.join('\n')).toBe(1);
    expect(result.dateAccuracy, result.misses.join('\n')).toBe(1);
    expect(result.ministryAccuracy, result.misses.join('\n')).toBeGreaterThanOrEqual(0.93);
    expect(result.provincePrecision, result.misses.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(result.provinceRecall, result.misses.join('\n')).toBeGreaterThanOrEqual(0.97);
    // Every label counts in one thaigov category: the breakdown accounts for the whole.
    const byCategory = [...result.ministryByCategory];
    expect(byCategory.reduce((sum, [, { releases }]) => sum + releases, 0)).toBe(labels.length);
    expect(byCategory.reduce((sum, [, { right }]) => sum + right, 0)).toBe(Math.round(result.ministryAccuracy * labels.length));
    expect(byCategory.map(([category]) => category)).toEqual(expect.arrayContaining(['spokespersons', 'economy', 'line-news']));
  });

  // The honest number: releases no rule was drawn from (issue 14; one weight, the body's count of a ministry's
  // mentions, and the two bars of the words model were chosen with them in view and confirmed by blind audits of the
  // calls they changed); these floors only guard against worse. Fresh draws of 135–203 have scored from 85 % to
  // 98 %, mostly by how their readers took the government's relayed voice, so the ministry floor sits about a point
  // under the 95.2 % measured: a new draw must not fail it, a worse detector would.
  it('on the 8,896 of 2020–2025 held out (random draws): within a point of the measured ministry, provinces ≥ 0.97, close calls listed', async () => {
    const labels = (await loadLabels('2020-2025')).filter((label) => label.heldOut);
    expect(labels.length).toBeGreaterThanOrEqual(8896);
    const result = await evaluateImport(labels, await corpusFolder('2020-2025'));
    expect(result.titleAccuracy, result.misses.join('\n')).toBe(1);
    expect(result.dateAccuracy, result.misses.join('\n')).toBe(1);
    expect(result.ministryAccuracy, result.misses.join('\n')).toBeGreaterThanOrEqual(0.942);
    expect(result.provincePrecision, result.misses.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(result.provinceRecall, result.misses.join('\n')).toBeGreaterThanOrEqual(0.97);
    // The close calls the importer lists for an editor: few, and the rest right as often as measured.
    const rest = labels.filter((label) => !result.ministryCloseCalls.has(label.file));
    expect(result.ministryCloseCalls.size / labels.length).toBeLessThanOrEqual(0.15);
    expect(rest.filter((label) => !result.ministryMissed.has(label.file)).length / rest.length).toBeGreaterThanOrEqual(0.97);
  });
});
