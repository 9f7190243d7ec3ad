/**
 * npm run cms [-- --port 4321]
 * The browser editor on this machine: Decap CMS at http://localhost:<port>/admin/ (astro dev,
 * which previews the releases being edited), committing through decap-server in a scratch
 * worktree of this repository (scripts/cms/scratch-worktree.ts), never in this checkout.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, startDecapServer } from './cms/decap-server.ts';
import { GitError, scratchWorktree } from './cms/scratch-worktree.ts';
import { SCRATCH_BRANCH } from '@/admin/local-backend.ts';

const USAGE = 'usage: npm run cms -- [--port 4321]';

let options: { port: number };
try {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(USAGE);
  options = { port };
} catch {
  console.error(USAGE);
  process.exit(2);
}

const root = process.cwd();
let worktree: string;
try {
  worktree = scratchWorktree(root);
} catch (error) {
  if (!(error instanceof GitError)) throw error;
  console.error(`สร้างสำเนางานของตัวแก้ไขไม่ได้ / could not make the editor's scratch worktree: ${error.message}`);
  process.exit(1);
}

const server = await startDecapServer(worktree, await freePort());
const admin = `http://localhost:${options.port}/admin/?proxy-port=${server.port}`;
const relative = path.relative(root, worktree);
console.log(
  [
    `ตัวแก้ไขข่าว / the editor: ${admin}`,
    `บันทึกลงใน / commits go to: ${relative} (branch ${SCRATCH_BRANCH}; each release on cms/releases/… until published)`,
    `ส่งขึ้น git / to share them: git -C ${relative} push origin ${SCRATCH_BRANCH}, then open a pull request`,
    'กด Ctrl+C เพื่อหยุด / Ctrl+C stops it',
  ].join('\n'),
);

// The dev server previews the scratch worktree's releases, as they are being edited.
const dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(options.port)], {
  cwd: root,
  env: { ...process.env, THALAENG_RELEASES_DIR: path.join(worktree, 'content/releases') },
  stdio: 'inherit',
});
const stop = (): void => {
  dev.kill();
  void server.stop();
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
dev.once('exit', (code) => {
  void server.stop().then(() => process.exit(code ?? 0));
});
