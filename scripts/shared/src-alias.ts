/**
 * Makes `@/…` mean `src/…` for scripts run by Node, as tsconfig.json's `paths` does for
 * Astro, Vite and TypeScript: Node strips types but does not read tsconfig.json. Loaded
 * before any script with `node --import ./scripts/shared/src-alias.ts` (package.json).
 */
import { registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const src = pathToFileURL(path.resolve(import.meta.dirname, '../../src') + '/').href;

registerHooks({
  resolve: (specifier, context, nextResolve) =>
    nextResolve(specifier.startsWith('@/') ? new URL(specifier.slice(2), src).href : specifier, context),
});
