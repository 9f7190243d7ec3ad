/**
 * The words a shard's index holds, in the forms Pagefind files them (indexed-forms.ts),
 * kept in the shard's cache folder beside its index: the word directory
 * (word-directory.ts) is made from every shard's list, including the shards a build
 * takes unchanged from the cache.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { indexedForms } from '@/search/common/indexed-forms.ts';
import { indexedWords } from '@/search/common/thai-text.ts';
import type { SearchRecord } from './record.ts';

/** Not published: the build copies the rest of the folder into the site. */
export const SHARD_WORDS_FILE = 'thalaeng-words.txt';

/** Collects a shard's records' words, each distinct word put into its forms once. */
export class ShardWords {
  readonly #seen = new Set<string>();

  add(record: SearchRecord): void {
    // Pagefind makes meta values searchable too (meta.ts).
    for (const text of [record.content, ...Object.values(record.meta)])
      for (const word of indexedWords(text)) if (word) this.#seen.add(word);
  }

  /** Sorted, each once. */
  forms(): string[] {
    const forms = new Set<string>();
    for (const word of this.#seen) for (const form of indexedForms(word)) forms.add(form);
    return [...forms].sort();
  }
}

export const writeShardWords = (folder: string, words: readonly string[]): Promise<void> =>
  writeFile(path.join(folder, SHARD_WORDS_FILE), words.join('\n'));

export async function readShardWords(folder: string): Promise<string[]> {
  const text = await readFile(path.join(folder, SHARD_WORDS_FILE), 'utf8');
  return text ? text.split('\n') : [];
}
