/**
 * decap-server on this machine (`npm run cms`): the page it opens names the port with
 * `?proxy-port=`, so that two editors or a test can each run their own, and the editor
 * then commits through it on the scratch worktree's branch (scripts/cms/scratch-worktree.ts)
 * whatever host the site is set up for. Decap's own `local_backend` would keep the host's
 * branch (main), which decap-server cannot check out: the editor's own checkout holds it.
 */
export const DEFAULT_PROXY_PORT = 8081;
/** The branch `npm run cms` commits on, in its scratch worktree. */
export const SCRATCH_BRANCH = 'cms-edits';

export interface LocalBackend {
  name: 'proxy';
  proxy_url: string;
  branch: string;
}

function backendAt(port: number): LocalBackend {
  return { name: 'proxy', proxy_url: `http://127.0.0.1:${port}/api/v1`, branch: SCRATCH_BRANCH };
}

/** The local backend the page's address asks for, on 127.0.0.1 only; none without a valid port. */
export function localBackend(location: { search: string; hostname: string }): LocalBackend | undefined {
  if (location.hostname !== 'localhost' && location.hostname !== '127.0.0.1') return undefined;
  const asked = new URLSearchParams(location.search).get('proxy-port') ?? '';
  const port = Number(asked);
  return /^\d{1,5}$/.test(asked) && port > 0 && port < 65536 ? backendAt(port) : undefined;
}

/** Where the editor looks when the site has no git host set: `npm run cms` on its default port. */
export const DEFAULT_LOCAL_BACKEND = backendAt(DEFAULT_PROXY_PORT);
