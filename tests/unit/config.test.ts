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
    });
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
