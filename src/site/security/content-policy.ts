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

/**
 * The browser editor's page (/admin/): Decap CMS still loads only the site's own files, but
 * it compiles its config's validators with `new Function` (ajv) and styles itself with
 * inline <style> elements (emotion), both refused by a strict policy
 * (https://github.com/decaporg/decap-cms/issues/2138, open); it shows photos being added as
 * blob: URLs, and talks to the git host's API and to decap-server on this machine
 * (`npm run cms`, which Decap tries only when the page itself is on 127.0.0.1 or localhost).
 * @param origins the git host's API (connect) and pictures (img), src/admin/backend.ts.
 */
export function adminContentSecurityPolicy(origins: { connect: string[]; img: string[] }): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    ['img-src', "'self'", 'data:', 'blob:', ...origins.img].join(' '),
    "font-src 'self'",
    ['connect-src', "'self'", ...origins.connect, 'http://127.0.0.1:*', 'http://localhost:*'].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Links to other sites send only the origin, never the page path a reader was on. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Headers for every response, as hosts that read a headers file should send them. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'Referrer-Policy': REFERRER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

/** The browser editor's page (src/pages/admin/), which carries its own policy. */
const ADMIN_PATH = 'admin/';

/** Files whose names carry a content hash never change: cache them for a year. */
const IMMUTABLE_PATHS: readonly string[] = ['/_astro/*'];
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Netlify and Cloudflare Pages read `_headers` from the published folder. The editor's
 * page (/admin/) gets its own policy: `! Content-Security-Policy` detaches the site's
 * first, which Cloudflare Pages understands (two policies would both apply, and the site's
 * refuses what the editor needs).
 * @param adminPolicy adminContentSecurityPolicy() for this build's git host.
 */
export function netlifyHeaders(base: string, adminPolicy: string): string {
  const at = (pattern: string): string => `${base.replace(/\/$/, '')}${pattern}`;
  return [
    at('/*'),
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    ...IMMUTABLE_PATHS.flatMap((pattern) => [at(pattern), `  Cache-Control: ${IMMUTABLE}`]),
    at(`/${ADMIN_PATH}*`),
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${adminPolicy}; frame-ancestors 'none'`,
    '',
  ].join('\n');
}

/** An nginx snippet to include in the site's server block; the editor's page (/admin/) with its own policy. */
export function nginxHeaders(base: string, adminPolicy: string): string {
  const headers = (indent: string, policy = CONTENT_SECURITY_POLICY_HEADER): string[] =>
    Object.entries({ ...SECURITY_HEADERS, 'Content-Security-Policy': policy }).map(
      ([name, value]) => `${indent}add_header ${name} "${value}" always;`,
    );
  const location = (pattern: string, lines: string[]): string[] => [
    `location ^~ ${base.replace(/\/$/, '')}${pattern} {`,
    ...lines.map((line) => `    ${line}`),
    '}',
  ];
  return [
    '# Security headers for Thalaeng; include inside the server { } block.',
    ...headers(''),
    // add_header in a location replaces the server's, so the location repeats them.
    ...IMMUTABLE_PATHS.flatMap((pattern) =>
      location(pattern.replace(/\*$/, ''), [`add_header Cache-Control "${IMMUTABLE}" always;`, ...headers('')]),
    ),
    ...location(`/${ADMIN_PATH}`, headers('', `${adminPolicy}; frame-ancestors 'none'`)),
    '',
  ].join('\n');
}
