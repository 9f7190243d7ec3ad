/**
 * Files changed against a git ref: committed since it, uncommitted, or new; deleted too
 * (a moved file counts at both places), since a release that shows a deleted photo is broken.
 */
import { execFileSync } from 'node:child_process';

export class GitError extends Error {}

export function changedFiles(root: string, ref: string, folder: string): Set<string> {
  const git = (...args: string[]): string[] => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
        .split('\n')
        .filter(Boolean);
    } catch (error) {
      const detail = (error as { stderr?: string }).stderr?.trim() || 'no such branch, tag or commit';
      throw new GitError(`ไม่พบ "${ref}" ใน git / git cannot compare with "${ref}": ${detail}`);
    }
  };
  git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  return new Set([
    ...git('diff', '--name-only', '--no-renames', '--diff-filter=ACMD', ref, '--', folder),
    ...git('ls-files', '--others', '--exclude-standard', '--', folder),
  ]);
}
