/**
 * The adjacent word pairs and triples a shard's index holds (word-pairs.ts), hashed, kept in the
 * shard's cache folder beside its index: the pair directory (pair-directory.ts) is made
 * from every shard's list, including the shards a build takes unchanged from the cache.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { indexedForms } from '@/search/common/indexed-forms.ts';
import { indexedWords } from '@/search/common/thai-text.ts';
import { pairHash, tripleHash } from '@/search/common/word-pairs.ts';
import type { SearchRecord } from './record.ts';

/** Not published: the build copies the rest of the folder into the site. */
export const SHARD_PAIRS_FILE = 'thalaeng-pairs.bin';

/** A form where a phrase may stand, with the forms that may stand right before it. */
interface Step {
  form: string;
  after: string[];
}

/**
 * Collects a shard's pairs and triples, more than Pagefind's phrase search could match but
 * never fewer: every form of a word with every form of the next, the parts of one word one
 * after another (OpenSky: open sky), and across a word with no form (a dash alone).
 */
export class ShardPairs {
  readonly #hashes = new Set<number>();
  readonly #forms = new Map<string, string[]>();

  add(record: SearchRecord): void {
    // Pagefind makes meta values searchable too (meta.ts).
    for (const text of [record.content, ...Object.values(record.meta)]) this.#addText(text);
  }

  #addText(text: string): void {
    let before: readonly Step[] = [];
    for (const word of indexedWords(text)) {
      const forms = this.#formsOf(word);
      if (forms.length === 0) continue;
      const steps = forms.map((form): Step => ({ form, after: [] }));
      for (const step of steps) for (const previous of before) this.#follow(previous, step);
      // The parts, after the whole form: part by part, each after the one before.
      for (let part = 1; part + 1 < steps.length; part++) this.#follow(steps[part]!, steps[part + 1]!);
      before = steps;
    }
  }

  /** `next` right after `previous`: their pair, and a triple with each form before `previous`. */
  #follow(previous: Step, next: Step): void {
    this.#hashes.add(pairHash(previous.form, next.form));
    for (const first of previous.after) this.#hashes.add(tripleHash(first, previous.form, next.form));
    next.after.push(previous.form);
  }

  #formsOf(word: string): string[] {
    let forms = this.#forms.get(word);
    if (!forms) {
      forms = word ? indexedForms(word) : [];
      this.#forms.set(word, forms);
    }
    return forms;
  }

  /** Each pair's and triple's hash once. */
  hashes(): Float64Array {
    return new Float64Array(this.#hashes);
  }
}

export const writeShardPairs = (folder: string, hashes: Float64Array): Promise<void> =>
  writeFile(path.join(folder, SHARD_PAIRS_FILE), hashes);

export async function readShardPairs(folder: string): Promise<Float64Array> {
  // Copied: a small file's bytes may sit at an offset of a shared buffer that a Float64Array cannot start at.
  return new Float64Array(new Uint8Array(await readFile(path.join(folder, SHARD_PAIRS_FILE))).buffer);
}
