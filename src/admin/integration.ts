/**
 * Serves Decap CMS from the site: the pinned package's files (./decap-files.ts) are copied
 * into the built site under /admin/decap-cms/ and served from node_modules by the dev
 * server, so the editor never loads code from another host.
 */
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DECAP_FOLDER, isServedDecapFile } from './decap-files.ts';

const decapDist = path.join(path.dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function browserEditor(): AstroIntegration {
  let base = '/';
  return {
    name: 'thalaeng-browser-editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(`${base}${DECAP_FOLDER}/`, (request, response, next) => {
          const name = (request.url ?? '').replace(/^\/+/, '').split('?')[0] ?? '';
          if (!isServedDecapFile(name)) return next();
          readFile(path.join(decapDist, name)).then(
            (bytes) => {
              response.setHeader('Content-Type', TYPES[path.extname(name)] ?? 'application/octet-stream');
              response.end(bytes);
            },
            () => next(),
          );
        });
      },
      'astro:build:done': async ({ dir }) => {
        const target = path.join(fileURLToPath(dir), DECAP_FOLDER);
        await mkdir(target, { recursive: true });
        const names = (await readdir(decapDist)).filter(isServedDecapFile);
        await Promise.all(names.map((name) => copyFile(path.join(decapDist, name), path.join(target, name))));
      },
    },
  };
}
