import type { CmsHost, CmsSettings } from '@/admin/backend.ts';

/** Site-wide settings in one typed object, read by pages, feeds and scripts alike. */
export const SITE = {
  /** Short brand name shown in the header. */
  name: 'แถลง',
  /** Latin name, for places that need one (user agents, JSON-LD publisher). */
  nameLatin: 'Thalaeng',
  title: 'แถลง — ข่าวประชาสัมพันธ์ภาครัฐ',
  description: 'แถลง รวบรวมข่าวประชาสัมพันธ์และแถลงข่าวของหน่วยงานรัฐบาลไทย ค้นหาได้ตามกระทรวง จังหวัด และวันที่',
  lang: 'th',
  locale: 'th_TH',
  /**
   * All dates are read and shown in Bangkok time, whatever the machine's zone, as a fixed
   * offset: Thailand has kept +07:00 since 1920, and the tz database's local mean time
   * before it (+06:42) would show older releases a day early.
   */
  utcOffset: '+07:00',
  /** Releases per page on every paginated list. */
  pageSize: 20,
  /** How many related releases a release page shows. */
  relatedCount: 4,
  /** Characters of body text kept as the excerpt when a release has no summary. */
  excerptLength: 200,
  /** Where `npm run dev` serves the site (Astro's default port): `npm run new` prints a release's preview there. */
  devServer: 'http://localhost:4321',
} as const;

/**
 * What a build, the dev server and the tools are told through the environment, read here
 * and nowhere else. Everything is optional: unset (or blank), each takes the value an
 * editor's `npm run build` needs; tests and benchmarks point builds at other folders.
 */
export interface Environment {
  /** THALAENG_SITE: the site's address, for canonical URLs and feeds. */
  site: string;
  /** THALAENG_BASE: the path the site is served under. */
  base: string;
  /** THALAENG_OUT_DIR: where a build writes the site. */
  outDir: string;
  /** THALAENG_CACHE_DIR: Astro's cache, with the loaded releases and the search shards. */
  cacheDir: string;
  /** THALAENG_RELEASES_DIR: where releases are read from. */
  releasesDir: string;
  /** THALAENG_SEARCH_SHARD_SIZE: releases per search-index shard (src/search/indexing/shards.ts). */
  searchShardSize: number;
  /** THALAENG_FEEDS=off leaves the feeds out, so that `npm run bench` can measure their cost. */
  feeds: boolean;
  /** THALAENG_WEBSUB_HUB: the WebSub hub every feed advertises (src/site/feeds/websub.ts); none by default. */
  websubHub: string | undefined;
  /** CHROMIUM_PATH: the browser that tests, benchmarks and the search evaluation drive. */
  chromiumPath: string;
  /**
   * THALAENG_NOW (ISO date-time with an offset, e.g. 2026-11-23T09:00:00+07:00): the time
   * the build publishes at; a release dated later is held back (scheduled). Unset, the
   * time this process first read its environment, so that the loader, the search index and
   * every page of one build agree on which releases are out.
   */
  now: Date;
  /**
   * THALAENG_CMS_HOST_TYPE (github, gitlab or gitea), THALAENG_CMS_REPO (owner/name),
   * THALAENG_CMS_BRANCH (main), THALAENG_CMS_HOST_URL (GitLab or Gitea/Forgejo's address),
   * THALAENG_CMS_APP_ID (their OAuth application), THALAENG_CMS_AUTH_URL (GitHub's OAuth
   * server): where the browser editor at /admin/ commits (src/admin/backend.ts). Unset,
   * /admin/ works only with `npm run cms`, on the editor's own machine.
   */
  cms: CmsSettings | undefined;
}

const CMS_HOSTS: readonly CmsHost[] = ['github', 'gitlab', 'gitea'];

/** About 2.5 GB of Pagefind memory at most: it holds a shard's index whole, about 0.5 GB per 1,000 Thai releases. */
const SEARCH_SHARD_SIZE = 5000;

/** Every value checked, with the variable named in the error, before any build work starts. */
export function readEnvironment(env: Readonly<Record<string, string | undefined>>): Environment {
  const value = (name: string): string | undefined => env[name]?.trim() || undefined;
  const fail = (name: string, expected: string): never => {
    throw new Error(`${name} must be ${expected}, not "${env[name]}"`);
  };
  const httpUrl = (name: string): string | undefined => {
    const text = value(name);
    if (text === undefined) return undefined;
    const url = URL.parse(text);
    return url && (url.protocol === 'https:' || url.protocol === 'http:') ? text : fail(name, 'an http(s) URL');
  };
  const base = value('THALAENG_BASE') ?? '/';
  const shardSize = Number(value('THALAENG_SEARCH_SHARD_SIZE') ?? SEARCH_SHARD_SIZE);
  const feeds = value('THALAENG_FEEDS') ?? 'on';
  const hub = httpUrl('THALAENG_WEBSUB_HUB');
  const now = value('THALAENG_NOW');
  const readCms = (): CmsSettings | undefined => {
    const host = value('THALAENG_CMS_HOST_TYPE');
    if (host === undefined) return undefined;
    if (!CMS_HOSTS.includes(host as CmsHost)) fail('THALAENG_CMS_HOST_TYPE', CMS_HOSTS.join(', ') + ' or unset');
    const repo = value('THALAENG_CMS_REPO');
    if (!repo || !/^[\w.-]+(?:\/[\w.-]+)+$/.test(repo)) fail('THALAENG_CMS_REPO', 'owner/name of the repository');
    const hostUrl = httpUrl('THALAENG_CMS_HOST_URL');
    if (host === 'gitea' && !hostUrl)
      fail('THALAENG_CMS_HOST_URL', 'the Gitea or Forgejo address, e.g. https://git.example.go.th');
    const appId = value('THALAENG_CMS_APP_ID');
    if (host !== 'github' && !appId) fail('THALAENG_CMS_APP_ID', `the id of the OAuth application on ${host}`);
    return {
      host: host as CmsHost,
      repo: repo as string,
      branch: value('THALAENG_CMS_BRANCH') ?? 'main',
      hostUrl,
      appId,
      authUrl: httpUrl('THALAENG_CMS_AUTH_URL'),
    };
  };
  return {
    site: httpUrl('THALAENG_SITE') ?? 'https://thalaeng.github.io',
    base: base.startsWith('/') ? base : fail('THALAENG_BASE', 'a path that starts with /'),
    outDir: value('THALAENG_OUT_DIR') ?? './dist',
    cacheDir: value('THALAENG_CACHE_DIR') ?? './node_modules/.astro',
    releasesDir: value('THALAENG_RELEASES_DIR') ?? 'content/releases',
    searchShardSize:
      Number.isInteger(shardSize) && shardSize > 0 ? shardSize : fail('THALAENG_SEARCH_SHARD_SIZE', 'a whole number above 0'),
    feeds: feeds === 'on' || feeds === 'off' ? feeds === 'on' : fail('THALAENG_FEEDS', '"on" or "off"'),
    websubHub: hub && new URL(hub).href,
    chromiumPath: value('CHROMIUM_PATH') ?? '/usr/bin/chromium',
    now:
      now === undefined
        ? processStart()
        : (OFFSET_DATE_TIME.test(now) && !Number.isNaN(Date.parse(now)) && new Date(now)) ||
          fail('THALAENG_NOW', 'an ISO date-time with an offset, e.g. 2026-11-23T09:00:00+07:00'),
    cms: readCms(),
  };
}

const OFFSET_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)$/;

/**
 * One time per process, kept on globalThis: Astro loads this module several times in one
 * build (the config, the content loader, the pages' bundle), and each copy must agree.
 */
function processStart(): Date {
  const key = Symbol.for('thalaeng:process-start');
  const global = globalThis as { [key]?: Date };
  global[key] ??= new Date();
  return new Date(global[key].getTime());
}

let read: Environment | undefined;

/**
 * This process's environment, read on first use. A function, not a constant: this module
 * is bundled into the browser's code too (for SITE), which must never touch `process`.
 */
export function environment(): Environment {
  read ??= readEnvironment(process.env);
  return read;
}
