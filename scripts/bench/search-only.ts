/**
 * Builds only the search of a site, no pages: the index's shards and /search/thai-search.js
 * of the releases in THALAENG_RELEASES_DIR, into THALAENG_OUT_DIR, as the build's search
 * integration does (src/search/integration.ts). `npm run bench -- --search-only` runs it,
 * in a process of its own for each size: the environment is read once per process.
 */
import { environment } from '@/config.ts';
import { indexReleases, indexSummary } from '@/search/indexing/index-releases.ts';
import { writeSearch } from '@/search/indexing/search-module.ts';

const root = process.cwd();
const { outDir, cacheDir } = environment();
const shards = await indexReleases(root, cacheDir);
await writeSearch(root, outDir, shards);
console.log(indexSummary(shards));
