// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/search/integration.ts';
import { securityHeaders } from './src/site/security/headers-integration.ts';
import { photoCache } from './src/site/photos/cache-integration.ts';
import { browserEditor } from './src/admin/integration.ts';
import { environment } from './src/config.ts';
import { isBuildOutput } from './src/site/build-folders.ts';
import { fontDisplayOptional } from './src/site/fonts/font-display.ts';

const env = environment();

// Tests and benchmarks build into their own folders so they never touch dist/ or the dev cache.
export default defineConfig({
  site: env.site,
  base: env.base,
  trailingSlash: 'always',
  outDir: env.outDir,
  cacheDir: env.cacheDir,
  // No inline <style> and no inline <script> (Vite inlines assets and Astro scripts below
  // assetsInlineLimit): the Content-Security-Policy (src/site/security/content-policy.ts)
  // then needs no per-page hashes and is the same in every page and in the hosts' headers files.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    sitemap({ filter: (page) => !page.includes('/404') && !page.includes('/admin/') }),
    searchIndex(),
    securityHeaders(),
    browserEditor(),
    photoCache(),
  ],
  devToolbar: { enabled: false },
  vite: {
    // Astro inlines a processed <script> under assetsInlineLimit (the share bar's, the province
    // picker's), which the Content-Security-Policy refuses; as files under /_astro/ they are 'self'.
    build: { assetsInlineLimit: 0 },
    plugins: [fontDisplayOptional()],
    server: { watch: { ignored: [isBuildOutput(fileURLToPath(new URL('.', import.meta.url)), env)] } },
  },
  // Pages whose cache key (src/site/cache-key.ts) and code are unchanged are copied from
  // the last build in cacheDir instead of rendered again.
  experimental: { incrementalBuild: true },
});
