/**
 * Every release of both corpora as the importer parses it, one at a time, for the miners that learn from the whole
 * archive (compound words, the ministry words model). Files it cannot parse are passed over: the importer reports those.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CORPORA, corpusFolder, rawReleaseFiles } from '../shared/corpus.ts';
import { decodeInput } from './decode-input.ts';
import { parseRaw } from './parse-raw.ts';
import type { RawRelease } from './raw-release.ts';

export interface CorpusRelease {
  /** The raw file's path below the corpus cache, as the labels name it (thaigov-2020-2025/data/…). */
  file: string;
  /** The raw file's text, decoded. */
  text: string;
  release: RawRelease;
}

export async function* corpusReleases(): AsyncGenerator<CorpusRelease> {
  for (const corpus of CORPORA) {
    const root = await corpusFolder(corpus);
    for (const raw of await rawReleaseFiles(path.join(root, `thaigov-${corpus}`))) {
      const decoded = decodeInput(await readFile(raw));
      if (!decoded.ok) continue;
      const file = path.relative(root, raw);
      const parsed = parseRaw(decoded.text, file);
      if (parsed.ok) yield { file, text: decoded.text, release: parsed.release };
    }
  }
}
