/**
 * The checkout the browser editor commits in when it runs on an editor's machine: a git
 * worktree of its own (.cache/cms/worktree, on the branch `cms-edits`), because
 * decap-server in git mode switches branches and runs `git add .` where it works, which
 * would sweep and switch whatever the editor has open in their own checkout. It holds
 * content/ alone (a sparse checkout), so no second copy of the code sits inside the project
 * for the type checker to find.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SCRATCH_BRANCH } from '@/admin/local-backend.ts';

export const SCRATCH_FOLDER = '.cache/cms/worktree';

export class GitError extends Error {}

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new GitError(`git ${args.join(' ')}: ${stderr || (error as Error).message}`);
  }
}

/**
 * The scratch worktree of the repository at `root`, made from its current commit the first
 * time and kept afterwards: it holds what was published in the editor until pushed.
 * @returns its absolute path.
 */
export function scratchWorktree(root: string, folder = SCRATCH_FOLDER, branch = SCRATCH_BRANCH): string {
  const worktree = path.resolve(root, folder);
  if (existsSync(path.join(worktree, '.git'))) return worktree;
  git(root, ['worktree', 'prune']);
  const branchExists = git(root, ['branch', '--list', branch]) !== '';
  git(root, ['worktree', 'add', '--no-checkout', ...(branchExists ? [worktree, branch] : ['-b', branch, worktree, 'HEAD'])]);
  git(worktree, ['sparse-checkout', 'set', '--no-cone', '/content/']);
  git(worktree, ['checkout', branch]);
  return worktree;
}
