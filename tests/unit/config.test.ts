import { describe, expect, it } from 'vitest';
import { readEnvironment } from '@/config.ts';

describe('the environment', () => {
  it('defaults every setting, and takes a blank variable as unset', () => {
    expect(readEnvironment({ THALAENG_WEBSUB_HUB: ' ', THALAENG_SEARCH_SHARD_SIZE: '' })).toEqual({
      site: 'https://thalaeng.github.io',
      base: '/',
      outDir: './dist',
      cacheDir: './node_modules/.astro',
      releasesDir: 'content/releases',
      searchShardSize: 5000,
      feeds: true,
      websubHub: undefined,
      chromiumPath: '/usr/bin/chromium',
      now: expect.any(Date),
    });
  });

  it('reads the time once per process, the same for every reader, unless THALAENG_NOW sets it', async () => {
    const first = readEnvironment({}).now;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(readEnvironment({}).now).toEqual(first);
    expect(readEnvironment({ THALAENG_NOW: '2026-11-23T09:00:00+07:00' }).now).toEqual(new Date('2026-11-23T02:00:00Z'));
    expect(readEnvironment({ THALAENG_NOW: '2026-11-23T02:00Z' }).now).toEqual(new Date('2026-11-23T02:00:00Z'));
    // Without an offset the time is ambiguous (the machine's zone, or Bangkok?): refused.
    for (const wrong of ['2026-11-23T09:00', '2026-11-23', 'tomorrow', '2026-13-40T09:00:00+07:00'])
      expect(() => readEnvironment({ THALAENG_NOW: wrong })).toThrow(
        `THALAENG_NOW must be an ISO date-time with an offset, e.g. 2026-11-23T09:00:00+07:00, not "${wrong}"`,
      );
  });

  it('reads what is set', () => {
    const env = readEnvironment({
      THALAENG_SITE: 'https://example.org',
      THALAENG_BASE: '/news/',
      THALAENG_SEARCH_SHARD_SIZE: '200',
      THALAENG_FEEDS: 'off',
      THALAENG_WEBSUB_HUB: 'https://hub.example',
    });
    expect(env).toMatchObject({
      site: 'https://example.org',
      base: '/news/',
      searchShardSize: 200,
      feeds: false,
      websubHub: 'https://hub.example/',
    });
  });

  it('names the variable and what it must be when a value is wrong', () => {
    expect(() => readEnvironment({ THALAENG_SEARCH_SHARD_SIZE: '2.5' })).toThrow(
      'THALAENG_SEARCH_SHARD_SIZE must be a whole number above 0, not "2.5"',
    );
    expect(() => readEnvironment({ THALAENG_WEBSUB_HUB: 'ftp://hub.example' })).toThrow(
      'THALAENG_WEBSUB_HUB must be an http(s) URL',
    );
    expect(() => readEnvironment({ THALAENG_SITE: 'thalaeng.github.io' })).toThrow('THALAENG_SITE must be an http(s) URL');
    expect(() => readEnvironment({ THALAENG_BASE: 'news' })).toThrow('THALAENG_BASE must be a path that starts with /');
    expect(() => readEnvironment({ THALAENG_FEEDS: 'no' })).toThrow('THALAENG_FEEDS must be "on" or "off"');
  });
});
