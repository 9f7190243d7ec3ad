/** How to start one of scripts/*.ts in a child process, as package.json's scripts do. */
import path from 'node:path';

const SRC_ALIAS = path.join(import.meta.dirname, 'src-alias.ts');

/** Node's arguments for `script`: with the `@/` alias (src-alias.ts) that its imports need. */
export const scriptArguments = (script: string, args: readonly string[] = []): string[] => [
  '--import',
  SRC_ALIAS,
  script,
  ...args,
];
