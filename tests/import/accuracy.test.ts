/** Accuracy floors on the hand-labelled releases of the shared corpus (needs ../shared). */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { CORPUS_ARCHIVE, corpusFolder } from '../../scripts/shared/corpus.ts';
import { evaluateImport, loadLabels } from '../../scripts/import/import-eval.ts';

describe.skipIf(!existsSync(CORPUS_ARCHIVE))('importer accuracy on 100 labelled releases (needs ../shared)', () => {
  it('gets title and date right every time, ministry ≥ 95 %, provinces ≥ 0.95 precision and recall', async () => {
    const labels = await loadLabels();
    expect(labels.length).toBeGreaterThanOrEqual(100);
    const result = await evaluateImport(labels, await corpusFolder());
    expect(result.titleAccuracy, result.misses.join('\n')).toBe(1);
    expect(result.dateAccuracy, result.misses.join('\n')).toBe(1);
    expect(result.ministryAccuracy, result.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(result.provincePrecision, result.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(result.provinceRecall, result.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
