/**
 * What a shard's index depends on, as one digest: its name, its release files and the
 * code that turns them into records. A build keeps each shard's index under its key in
 * the cache folder and indexes again only the shards whose key changed.
 */
import { createHash } from 'node:crypto';

export interface ShardInput {
  /** Relative to the releases folder, so that moving the project changes nothing. */
  path: string;
  text: string;
}

export function shardKey(name: string, files: readonly ShardInput[], codeVersion: string): string {
  const hash = createHash('sha256');
  // Each part with its length, so that no text can pass for another split differently.
  const add = (part: string): void => void hash.update(`${part.length}:${part}`);
  add(codeVersion);
  add(name);
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    add(file.path);
    add(file.text);
  }
  return hash.digest('hex').slice(0, 32);
}
