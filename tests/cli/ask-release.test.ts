import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { askRelease } from '../../scripts/new/ask-release.ts';
import { newReleaseFile } from '../../scripts/new/new-release.ts';

describe('npm run new on a terminal', () => {
  it('asks for each field, accepts names, and defaults the date to today in Bangkok', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const answers = ['สาธารณสุขเตือนภัยฝุ่น', 'สาธารณสุข', 'เชียงใหม่, ลำปาง', '', ''];
    let shown = '';
    // Answer each question when it is asked, as a person at the terminal would.
    output.on('data', (chunk: Buffer) => {
      shown += chunk.toString();
      if (chunk.toString().endsWith(': ')) input.write(`${answers.shift()}\n`);
    });
    const release = await askRelease(new Date('2026-11-23T20:00:00Z'), input, output);
    expect(shown).toContain('หัวข้อข่าว / title:');
    expect(shown).toContain('public-health');
    expect(release).toEqual({
      title: 'สาธารณสุขเตือนภัยฝุ่น',
      ministry: 'สาธารณสุข',
      provinces: ['เชียงใหม่, ลำปาง'],
      date: '2026-11-24',
    });
    const file = newReleaseFile(release, new Date('2026-11-23T20:00:00Z'), () => false);
    expect(file.path).toBe('2026/11/2026-11-24-public-health.md');
    expect(file.text).toContain('provinces: [TH-50, TH-52]');
  });
});
