import { describe, expect, it } from 'vitest';
import { backendOrigins, cmsBackend } from '@/admin/backend.ts';
import { readEnvironment } from '@/config.ts';
import { DEFAULT_LOCAL_BACKEND, localBackend } from '@/admin/local-backend.ts';

const cms = (env: Record<string, string>) => readEnvironment(env).cms;

describe('where the browser editor commits', () => {
  it('is only this machine’s decap-server when no host is set', () => {
    expect(cms({})).toBeUndefined();
    expect(cmsBackend(undefined)).toEqual({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1', branch: 'cms-edits' });
    expect(backendOrigins(cmsBackend(undefined))).toEqual({ connect: [], img: [] });
  });

  it('signs in to GitHub through the OAuth server set, and reaches only its API', () => {
    const backend = cmsBackend(
      cms({
        THALAENG_CMS_HOST_TYPE: 'github',
        THALAENG_CMS_REPO: 'moac/news',
        THALAENG_CMS_AUTH_URL: 'https://auth.example.go.th/',
      }),
    );
    expect(backend).toEqual({ name: 'github', repo: 'moac/news', branch: 'main', base_url: 'https://auth.example.go.th' });
    expect(backendOrigins(backend).connect).toEqual(['https://api.github.com']);
  });

  it('signs in to GitLab and Gitea/Forgejo with PKCE, on their own address', () => {
    const gitlab = cmsBackend(cms({ THALAENG_CMS_HOST_TYPE: 'gitlab', THALAENG_CMS_REPO: 'g/news', THALAENG_CMS_APP_ID: 'abc' }));
    expect(gitlab).toEqual({
      name: 'gitlab',
      repo: 'g/news',
      branch: 'main',
      auth_type: 'pkce',
      app_id: 'abc',
      base_url: 'https://gitlab.com',
      api_root: 'https://gitlab.com/api/v4',
    });
    const gitea = cmsBackend(
      cms({
        THALAENG_CMS_HOST_TYPE: 'gitea',
        THALAENG_CMS_REPO: 'pr/news',
        THALAENG_CMS_APP_ID: 'id',
        THALAENG_CMS_HOST_URL: 'https://git.example.go.th',
        THALAENG_CMS_BRANCH: 'cms',
      }),
    );
    expect(gitea).toMatchObject({ name: 'gitea', branch: 'cms', api_root: 'https://git.example.go.th/api/v1' });
    expect(backendOrigins(gitea)).toEqual({ connect: ['https://git.example.go.th'], img: ['https://git.example.go.th'] });
  });

  it('names the variable and what it needs when a setting is wrong', () => {
    expect(() => cms({ THALAENG_CMS_HOST_TYPE: 'bitbucket' })).toThrow(
      'THALAENG_CMS_HOST_TYPE must be github, gitlab, gitea or unset',
    );
    expect(() => cms({ THALAENG_CMS_HOST_TYPE: 'github', THALAENG_CMS_REPO: 'news' })).toThrow(
      'THALAENG_CMS_REPO must be owner/name',
    );
    expect(() => cms({ THALAENG_CMS_HOST_TYPE: 'gitlab', THALAENG_CMS_REPO: 'a/b' })).toThrow('THALAENG_CMS_APP_ID must be');
    expect(() => cms({ THALAENG_CMS_HOST_TYPE: 'gitea', THALAENG_CMS_REPO: 'a/b', THALAENG_CMS_APP_ID: 'x' })).toThrow(
      'THALAENG_CMS_HOST_URL must be',
    );
  });

  it('commits through decap-server on the scratch branch when npm run cms opened the page, whatever host is set', () => {
    const local = localBackend({ hostname: 'localhost', search: '?proxy-port=39123' });
    expect(local).toEqual({ name: 'proxy', proxy_url: 'http://127.0.0.1:39123/api/v1', branch: 'cms-edits' });
    expect(cmsBackend(cms({ THALAENG_CMS_HOST_TYPE: 'github', THALAENG_CMS_REPO: 'a/b' }), local)).toBe(local);
    for (const search of ['', '?proxy-port=evil.example', '?proxy-port=70000', '?proxy-port=0'])
      expect(localBackend({ hostname: '127.0.0.1', search })).toBeUndefined();
    expect(localBackend({ hostname: 'news.example.go.th', search: '?proxy-port=8081' })).toBeUndefined();
    expect(DEFAULT_LOCAL_BACKEND.proxy_url).toBe('http://127.0.0.1:8081/api/v1');
  });
});
