import { describe, expect, it } from 'vitest';
import { inSection } from '@/site/current-section.ts';
import { archivePath, homePath, ministriesPath, ministryPath, provincesPath } from '@/site/paths.ts';

describe('inSection', () => {
  it.each([
    [homePath(), homePath(), true],
    [homePath(2), homePath(), true],
    [homePath(15), homePath(), true],
    [ministriesPath(), homePath(), false],
    [ministryPath('labour', 2), ministriesPath(), true],
    [ministryPath('labour'), ministriesPath(), true],
    ['/archive/2017/11/2/', archivePath(), true],
    [ministryPath('labour', 2), provincesPath(), false],
  ])('%s is in %s: %s', (pathname, section, expected) => {
    expect(inSection(pathname, section)).toBe(expected);
  });
});
