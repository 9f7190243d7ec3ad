/**
 * Where an Astro build's time went, read from its log: content sync, bundling, page
 * generation (getStaticPaths, related releases, pagination, rendering, feeds) and when
 * the search index, which runs alongside, was ready.
 */
export interface BuildPhases {
  contentSyncSeconds?: number;
  bundlingSeconds: number;
  pagesSeconds?: number;
  search?: SearchIndexLog;
}

/** The search integration's line: releases, shards, shards taken from the cache, when it was ready. */
export interface SearchIndexLog {
  releases: number;
  shards: number;
  unchangedShards: number;
  readySeconds: number;
}

/** Astro's own durations: 310ms, 12.34s, 4m 5s. */
export function astroSeconds(text: string): number {
  const minutes = /(\d+)m (\d+)s/.exec(text);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
  const value = /([\d.]+)(ms|s)\b/.exec(text);
  if (!value) return Number.NaN;
  return value[2] === 'ms' ? Number(value[1]) / 1000 : Number(value[1]);
}

const clock = (line: string | undefined): number | undefined => {
  const time = line && /^(\d\d):(\d\d):(\d\d)/.exec(line);
  return time ? Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3]) : undefined;
};

export function buildPhases(log: string): BuildPhases {
  const lines = log.split('\n');
  const syncStart = clock(lines.find((line) => line.includes('[content] Syncing content')));
  const syncEnd = clock(lines.find((line) => line.includes('[content] Synced content')));
  const routesAt = lines.findIndex((line) => line.includes('generating static routes'));
  const pagesLine = routesAt >= 0 ? lines.slice(routesAt).find((line) => line.includes('Completed in')) : undefined;
  const search =
    /(\d+) releases indexed for search in (\d+) shards \((\d+) unchanged[^)]*\), ([\d.]+) s since the build started/.exec(log);
  return {
    ...(syncStart !== undefined && syncEnd !== undefined ? { contentSyncSeconds: (syncEnd - syncStart + 86_400) % 86_400 } : {}),
    bundlingSeconds: [...log.matchAll(/\[vite\] ✓ built in (\S+)/g)].reduce((sum, m) => sum + astroSeconds(m[1]!), 0),
    ...(pagesLine ? { pagesSeconds: astroSeconds(pagesLine.slice(pagesLine.indexOf('Completed in'))) } : {}),
    ...(search
      ? {
          search: {
            releases: Number(search[1]),
            shards: Number(search[2]),
            unchangedShards: Number(search[3]),
            readySeconds: Number(search[4]),
          },
        }
      : {}),
  };
}

/** Pages that Astro's incremental build copied from the last build instead of rendering. */
export function copiedPages(log: string): string[] {
  return [...log.matchAll(/├─ (\S+) \((?:cached|restored)\)/g)].map((m) => m[1]!);
}

/** What Astro's image step did per file: encoded with sharp, or copied from its cache (`(reused cache entry)`). */
export function imageFiles(log: string): { encoded: string[]; reused: string[] } {
  const lines = [...log.matchAll(/▶ (\S+) \((before: |reused cache entry)/g)];
  return {
    encoded: lines.filter((m) => m[2] === 'before: ').map((m) => m[1]!),
    reused: lines.filter((m) => m[2] === 'reused cache entry').map((m) => m[1]!),
  };
}
