import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { Cancelled, gatherAnswers, RefusedAnswers, type Given } from '../../scripts/new/ask-release.ts';
import { newReleaseFile } from '../../scripts/new/new-release.ts';

const NOW = new Date('2026-11-23T20:00:00Z');
const context = (taken: string[] = []) => ({ now: NOW, exists: (path: string) => taken.includes(path) });

/** Answers each question when it is asked, as a person at the terminal would; `null` ends the input. */
async function ask(answers: (string | null)[], given: Given = {}, taken: string[] = []) {
  const input = new PassThrough();
  const output = new PassThrough();
  const log = new PassThrough();
  let shown = '';
  let logged = '';
  log.on('data', (chunk: Buffer) => (logged += chunk.toString()));
  output.on('data', (chunk: Buffer) => {
    shown += chunk.toString();
    if (!chunk.toString().endsWith(': ')) return;
    const answer = answers.shift();
    if (answer === null) input.end();
    else if (answer !== undefined) input.write(`${answer}\n`);
  });
  const release = gatherAnswers(given, context(taken), { input, output }, log);
  return { release, shown: () => shown, logged: () => logged };
}

describe('npm run new on a terminal', () => {
  it('asks for each field, reads names and Thai dates, and defaults the date to today in Bangkok', async () => {
    const { release, shown, logged } = await ask(['สาธารณสุขเตือนภัยฝุ่น', 'สาธารณสุข', 'เชียงใหม่, ลำปาง', '', '', '']);
    expect(await release).toEqual({
      title: 'สาธารณสุขเตือนภัยฝุ่น',
      ministry: 'public-health',
      provinces: ['TH-50', 'TH-52'],
      date: '2026-11-24',
      source: undefined,
      slug: '2026-11-24-public-health',
    });
    expect(shown()).toContain('หัวข้อข่าว / title:');
    expect(shown()).toContain('  public-health        กระทรวงสาธารณสุข');
    expect(shown()).toContain('[2026-11-24-public-health]: ');
    expect(logged()).toContain('สาธารณสุข → public-health (กระทรวงสาธารณสุข)');
    const file = newReleaseFile(await release, false);
    expect(file.path).toBe('2026/11/2026-11-24-public-health.md');
    expect(file.text).toContain('provinces: [TH-50, TH-52]');
  });

  it('asks again after a refused answer, with the hint, keeping every answer before it', async () => {
    const { release, shown } = await ask([
      'ข่าวเกษตร',
      'สังคม',
      'เกษตร',
      'อุดร, เชียง',
      'อุดร, เชียงราย',
      '30/02/2569',
      '20 พ.ย. 2569',
      'www.moac.go.th/1',
      'https://www.moac.go.th/1',
      'ข่าวเกษตร',
      '2026-11-20-rice',
    ]);
    expect(await release).toEqual({
      title: 'ข่าวเกษตร',
      ministry: 'agriculture',
      provinces: ['TH-41', 'TH-57'],
      date: '2026-11-20',
      source: 'https://www.moac.go.th/1',
      slug: '2026-11-20-rice',
    });
    const text = shown();
    expect(text.match(/หัวข้อข่าว \/ title: /g)).toHaveLength(1);
    expect(text.match(/กระทรวง \(ชื่อหรือชื่อย่อ\) \/ ministry \(name or slug\): /g)).toHaveLength(2);
    expect(text).toContain(
      '"สังคม" could be the ministry social-development (Ministry of Social Development and Human Security) or digital-economy',
    );
    expect(text).toContain('"เชียง" อาจเป็นจังหวัด TH-50 (เชียงใหม่) หรือ TH-57 (เชียงราย)');
    expect(text).toContain('ไม่มีวันที่หรือเวลา "30/02/2569" ในปฏิทิน: เดือน 02 ปี 2569 มี 28 วัน');
    expect(text).toContain('แก้เป็น / write instead: https://www.moac.go.th/1');
    expect(text).toContain('a slug is lower-case latin letters, digits and hyphens, got "ข่าวเกษตร"');
  });

  it('offers the next free slug when the one typed is taken', async () => {
    const { release, shown } = await ask(['ข่าว', 'labour', '', '2026-11-20', '', 'rice', 'rice-2'], {}, ['2026/11/rice.md']);
    expect((await release).slug).toBe('rice-2');
    expect(shown()).toContain('2026/11/rice.md already exists and will not be overwritten\n  แก้เป็น / write instead: rice-2');
  });

  it('asks only for what no flag gave, and again for a flag it refused', async () => {
    const { release, shown } = await ask(['แรงงาน', '', '', ''], { title: 'ข่าว', ministry: 'ไม่มีกระทรวงนี้', date: '2026-11-20' });
    expect(await release).toMatchObject({ title: 'ข่าว', ministry: 'labour', provinces: [], date: '2026-11-20' });
    expect(shown()).not.toContain('title:');
    expect(shown()).toContain('unknown ministry "ไม่มีกระทรวงนี้"');
  });

  it('is cancelled when the input ends before the last answer', async () => {
    const { release } = await ask(['ข่าว', 'labour', null]);
    await expect(release).rejects.toBeInstanceOf(Cancelled);
  });

  it('is cancelled by Ctrl+D at a terminal', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    output.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('title')) input.write('\x04');
    });
    await expect(gatherAnswers({}, context(), { input, output, terminal: true }, new PassThrough())).rejects.toBeInstanceOf(
      Cancelled,
    );
  });
});

describe('npm run new with flags alone', () => {
  it('refuses every wrong flag at once, each with its hint', async () => {
    const refused = gatherAnswers(
      { title: 'ข่าว', ministry: 'สังคม', provinces: 'อุดร,เชียง', date: '2026-02-30' },
      context(),
      undefined,
      new PassThrough(),
    );
    await expect(refused).rejects.toBeInstanceOf(RefusedAnswers);
    const lines = (await refused.catch((error: Error) => error.message)) as string;
    expect(lines).toMatch(/^--ministry: "สังคม" อาจเป็นกระทรวง/m);
    expect(lines).toMatch(/^--province: "เชียง" อาจเป็นจังหวัด/m);
    expect(lines).toMatch(/^--date: ไม่มีวันที่หรือเวลา "2026-02-30" ในปฏิทิน: เดือน 02 ปี 2026 มี 28 วัน/m);
  });
});
