/**
 * The site's Content-Security-Policy and the other security headers, in one place: the
 * same policy goes into every page's <meta> (GitHub Pages sets no headers) and into
 * ready headers files for hosts that do (src/site/security/headers-integration.ts).
 * The site serves everything itself and inlines no script or style (astro.config.mjs
 * sets inlineStylesheets: 'never'), so 'self' is enough everywhere and no per-page
 * hash is needed. Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval'.
 */

/** Directives a <meta> element may carry (frame-ancestors and sandbox it may not). */
const META_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const CONTENT_SECURITY_POLICY = META_DIRECTIVES.join('; ');
/** Headers can also forbid framing, which a <meta> cannot. */
export const CONTENT_SECURITY_POLICY_HEADER = [...META_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** Links to other sites send only the origin, never the page path a reader was on. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Headers for every response, as hosts that read a headers file should send them. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'Referrer-Policy': REFERRER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

/** Files whose names carry a content hash never change: cache them for a year. */
const IMMUTABLE_PATHS: readonly string[] = ['/_astro/*'];
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Netlify and Cloudflare Pages read `_headers` from the published folder. */
export function netlifyHeaders(base: string): string {
  const at = (pattern: string): string => `${base.replace(/\/$/, '')}${pattern}`;
  return [
    at('/*'),
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    ...IMMUTABLE_PATHS.flatMap((pattern) => [at(pattern), `  Cache-Control: ${IMMUTABLE}`]),
    '',
  ].join('\n');
}

/** An nginx snippet to include in the site's server block. */
export function nginxHeaders(base: string): string {
  const headers = (indent: string): string[] =>
    Object.entries(SECURITY_HEADERS).map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);
  return [
    '# Security headers for Thalaeng; include inside the server { } block.',
    ...headers(''),
    // add_header in a location replaces the server's, so the location repeats them.
    ...IMMUTABLE_PATHS.flatMap((pattern) => [
      `location ^~ ${base.replace(/\/$/, '')}${pattern.replace(/\*$/, '')} {`,
      `    add_header Cache-Control "${IMMUTABLE}" always;`,
      ...headers('    '),
      '}',
    ]),
    '',
  ].join('\n');
}
