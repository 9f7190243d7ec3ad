import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { ministries, provinces, regions } from '@/release/registries.ts';

const ISO_CODES = '/usr/share/iso-codes/json/iso_3166-2.json';

describe('province registry', () => {
  it('has the 77 provinces, each in a known region, with unique codes and names', () => {
    expect(provinces).toHaveLength(77);
    const regionIds = new Set(regions.map((r) => r.id));
    for (const p of provinces) expect(regionIds.has(p.region), p.code).toBe(true);
    expect(new Set(provinces.map((p) => p.code)).size).toBe(77);
    expect(new Set(provinces.map((p) => p.nameTh)).size).toBe(77);
    const aliases = provinces.flatMap((p) => p.aliases);
    expect(new Set(aliases).size).toBe(aliases.length);
  });

  it.skipIf(!existsSync(ISO_CODES))('matches ISO 3166-2:TH in Debian iso-codes, code by code', () => {
    const iso = JSON.parse(readFileSync(ISO_CODES, 'utf8')) as { '3166-2': { code: string; name: string; type: string }[] };
    const thai = iso['3166-2'].filter((s) => s.code.startsWith('TH-') && s.type !== 'Special administrative city');
    expect(provinces.map((p) => p.code).sort()).toEqual(thai.map((s) => s.code).sort());
    for (const s of thai) {
      const ours = provinces.find((p) => p.code === s.code)!;
      // Bangkok is written in English as "Bangkok"; ISO's name is kept as an alias.
      expect([ours.nameEn, ...ours.aliases], s.code).toContain(s.name);
    }
  });
});

describe('ministry registry', () => {
  it('has the Office of the Prime Minister and 19 ministries with stable slugs', () => {
    expect(ministries).toHaveLength(20);
    expect(ministries[0]?.slug).toBe('pmo');
    for (const m of ministries) {
      expect(m.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(m.nameTh.length).toBeGreaterThan(0);
      expect(m.nameEn.length).toBeGreaterThan(0);
    }
    expect(new Set(ministries.map((m) => m.slug)).size).toBe(20);
  });

  it('names each ministry, short name, abbreviation and agency for one ministry only', () => {
    const owners = new Map<string, Set<string>>();
    for (const m of ministries)
      for (const name of [m.nameTh, ...m.formerNames, ...m.shortNames, ...m.abbreviations, ...m.agencies])
        owners.set(name, (owners.get(name) ?? new Set()).add(m.slug));
    expect([...owners].filter(([, slugs]) => slugs.size > 1)).toEqual([]);
  });

  it('gives each website to one ministry, as a bare lower-case host', () => {
    const hosts = ministries.flatMap((m) => m.websites);
    expect(hosts.length).toBeGreaterThan(30);
    expect(hosts.filter((host) => !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host))).toEqual([]);
    expect(hosts.length).toBe(new Set(hosts).size);
  });
});
