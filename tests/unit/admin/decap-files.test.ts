import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isServedDecapFile } from '@/admin/decap-files.ts';

const dist = path.join(path.dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');

describe('the Decap CMS files the site serves', () => {
  it('are the bundle, its chunks, its WebAssembly and its licence, not the twin build or the source maps', () => {
    const served = readdirSync(dist).filter(isServedDecapFile);
    expect(served).toContain('decap-cms.js');
    expect(served).toContain('decap-cms.js.LICENSE.txt');
    expect(served.some((name) => /^\d+\.decap-cms\.js$/.test(name))).toBe(true);
    expect(served.filter((name) => name.endsWith('.map') || name.startsWith('cms.') || /\.cms\.js$/.test(name))).toEqual([]);
  });
});
