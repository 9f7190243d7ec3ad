/**
 * Writes ready headers files beside the built site: `_headers` (Netlify, Cloudflare
 * Pages; they do not serve it) and `nginx-headers.conf` (an include for nginx), both made
 * from the policy in src/site/security/content-policy.ts that every page's <meta> carries too.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminContentSecurityPolicy, netlifyHeaders, nginxHeaders } from './content-policy.ts';
import { environment } from '@/config.ts';
import { editorOrigins } from '@/admin/backend.ts';

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'thalaeng-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const admin = adminContentSecurityPolicy(editorOrigins(environment().cms));
        await writeFile(path.join(outDir, '_headers'), netlifyHeaders(base, admin));
        await writeFile(path.join(outDir, 'nginx-headers.conf'), nginxHeaders(base, admin));
      },
    },
  };
}
