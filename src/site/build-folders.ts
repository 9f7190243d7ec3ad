/**
 * Where a build writes its site and keeps its cache; astro.config.mjs and the build
 * command read them here, so that the lock and the swap guard the folders Astro uses.
 * Tests and benchmarks point them elsewhere.
 */
export const outDirectory = (env: NodeJS.ProcessEnv = process.env): string => env['THALAENG_OUT_DIR'] ?? './dist';
export const cacheDirectory = (env: NodeJS.ProcessEnv = process.env): string => env['THALAENG_CACHE_DIR'] ?? './node_modules/.astro';
