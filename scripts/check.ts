/**
 * npm run check [-- --changed [ref]] [--format text|json|github]
 * Validates releases exactly as the build does and exits 1 when any has a problem (warnings alone exit 0).
 */
import { parseArgs } from 'node:util';
import { checkReleases } from './check/check-releases.ts';
import { changedFiles, GitError } from './check/changed-files.ts';
import { formatResult, FORMATS, type Format } from './check/problem-formats.ts';
import { environment } from '@/config.ts';
import { isError } from '@/release/problems.ts';

class UsageError extends Error {}

const RELEASES = environment().releasesDir;
const USAGE = 'usage: npm run check -- [--changed [ref]] [--format text|json|github]';

try {
  const { values, positionals } = parseArgs({
    options: { changed: { type: 'boolean', default: false }, format: { type: 'string', default: 'text' } },
    allowPositionals: true,
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format) || positionals.length > (values.changed ? 1 : 0)) throw new UsageError(USAGE);
  const root = process.cwd();
  const only = values.changed ? changedFiles(root, positionals[0] ?? 'main', RELEASES) : undefined;
  const result = await checkReleases({ root, releasesDir: RELEASES, now: environment().now, ...(only ? { only } : {}) });
  console.log(formatResult(result, format));
  process.exitCode = result.problems.some(isError) ? 1 : 0;
} catch (error) {
  if (!(
    error instanceof UsageError ||
    error instanceof GitError ||
    (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  ))
    throw error;
  console.error((error as Error).message);
  process.exitCode = 2;
}
