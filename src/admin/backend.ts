/**
 * Where the browser editor commits: the git host's part of Decap's config, from the
 * settings the build reads (src/config.ts `cms`), and the hosts the admin page must be
 * allowed to reach for it (src/admin/content-policy.ts). GitHub signs in through an OAuth
 * server (Decap's default is Netlify's); GitLab, Gitea and Forgejo with PKCE, in the
 * browser, with no server of our own.
 */

import { DEFAULT_LOCAL_BACKEND, type LocalBackend } from './local-backend.ts';

export type CmsHost = 'github' | 'gitlab' | 'gitea';

/** What a site's operator sets: THALAENG_CMS_* (EDITING.md, "the browser editor"). */
export interface CmsSettings {
  host: CmsHost;
  /** owner/name of the repository on the host. */
  repo: string;
  /** The branch releases are published to (pull requests are opened against it). */
  branch: string;
  /** GitLab or Gitea/Forgejo's address (https://gitlab.com by default for GitLab). */
  hostUrl: string | undefined;
  /** The OAuth application's id registered on GitLab or Gitea/Forgejo (PKCE). */
  appId: string | undefined;
  /** GitHub: the OAuth server's address, which exchanges GitHub's code for a token. */
  authUrl: string | undefined;
}

export type CmsBackend =
  | { name: 'github'; repo: string; branch: string; base_url?: string }
  | { name: 'gitlab'; repo: string; branch: string; auth_type: 'pkce'; app_id: string; base_url: string; api_root: string }
  | { name: 'gitea'; repo: string; branch: string; app_id: string; base_url: string; api_root: string }
  /** decap-server on this machine (`npm run cms`). */
  | LocalBackend;

const GITHUB_API = 'https://api.github.com';
/** Signed-in users' pictures in Decap's header. */
const GITHUB_AVATARS = 'https://avatars.githubusercontent.com';

/** @param local decap-server, when the page was opened by `npm run cms` (./local-backend.ts). */
export function cmsBackend(settings: CmsSettings | undefined, local?: LocalBackend): CmsBackend {
  if (local) return local;
  if (!settings) return DEFAULT_LOCAL_BACKEND;
  const { host, repo, branch, hostUrl, appId, authUrl } = settings;
  const base = (hostUrl ?? 'https://gitlab.com').replace(/\/+$/, '');
  switch (host) {
    case 'github':
      return { name: 'github', repo, branch, ...(authUrl ? { base_url: authUrl.replace(/\/+$/, '') } : {}) };
    case 'gitlab':
      return { name: 'gitlab', repo, branch, auth_type: 'pkce', app_id: appId ?? '', base_url: base, api_root: `${base}/api/v4` };
    case 'gitea':
      return { name: 'gitea', repo, branch, app_id: appId ?? '', base_url: base, api_root: `${base}/api/v1` };
  }
}

/** The other origins the admin page talks to for these settings (its Content-Security-Policy). */
export function editorOrigins(settings: CmsSettings | undefined): { connect: string[]; img: string[] } {
  // decap-server's address comes from the page's own URL; the policy allows 127.0.0.1 whatever it is.
  return backendOrigins(cmsBackend(settings));
}

/** The other origins the admin page talks to: the host's API (connect) and its pictures (img). */
export function backendOrigins(backend: CmsBackend): { connect: string[]; img: string[] } {
  switch (backend.name) {
    case 'github':
      return { connect: [GITHUB_API], img: [GITHUB_AVATARS] };
    case 'gitlab':
    case 'gitea':
      return { connect: [new URL(backend.api_root).origin], img: [new URL(backend.base_url).origin] };
    case 'proxy':
      return { connect: [], img: [] };
  }
}
