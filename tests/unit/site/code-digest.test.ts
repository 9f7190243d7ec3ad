import { describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { codeDigest } from '@/site/code-digest.ts';

/** A tiny project: entry.ts imports helper.ts and a package; other.ts is imported by nobody. */
async function project(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'thalaeng-code-digest-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return root;
}

const base = {
  'entry.ts': "import { helper } from './helper.ts';\nimport pkg from 'some-package';\nexport const x = helper + pkg;\n",
  'helper.ts': 'export const helper = 1;\n',
  'other.ts': 'export const other = 1;\n',
  'node_modules/some-package/package.json': '{ "name": "some-package", "version": "1.0.0" }',
};

describe('codeDigest', () => {
  it('changes when the module or anything it imports changes, and not for code it does not import', async () => {
    const roots = await Promise.all([
      project(base),
      project({ ...base, 'other.ts': 'export const other = 2;\n' }),
      project({ ...base, 'helper.ts': 'export const helper = 2;\n' }),
      project({ ...base, 'node_modules/some-package/package.json': '{ "name": "some-package", "version": "1.0.1" }' }),
    ]);
    try {
      const [same, unrelated, imported, upgraded] = await Promise.all(roots.map((root) => codeDigest(root, 'entry.ts')));
      expect(unrelated).toBe(same);
      expect(imported).not.toBe(same);
      expect(upgraded).not.toBe(same);
    } finally {
      await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
    }
  });
});
