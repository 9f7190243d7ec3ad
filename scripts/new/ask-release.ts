/** Asks for each field of a new release on a terminal; names in Thai or English are fine. */
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { ministries } from '@/release/registries.ts';
import { isoDateInBangkok } from '@/thai/date.ts';
import type { NewReleaseInput } from './new-release.ts';

export async function askRelease(now: Date, input: Readable, output: Writable): Promise<NewReleaseInput> {
  const rl = createInterface({ input, output });
  try {
    const ask = async (question: string, fallback = ''): Promise<string> => (await rl.question(question)).trim() || fallback;
    const title = await ask('หัวข้อข่าว / title: ');
    output.write(`${ministries.map((m) => `  ${m.slug.padEnd(20)} ${m.nameTh}`).join('\n')}\n`);
    const ministry = await ask('กระทรวง (slug หรือชื่อ) / ministry (slug or name): ');
    const provinces = await ask('จังหวัด คั่นด้วยจุลภาค เว้นว่างถ้าเป็นข่าวทั่วประเทศ / provinces, comma-separated (empty for national): ');
    const today = isoDateInBangkok(now);
    const date = await ask(`วันที่ / date [${today}]: `, today);
    const source = await ask('ที่มา (ลิงก์ เว้นว่างได้) / source URL (optional): ');
    return { title, ministry, provinces: provinces ? [provinces] : [], date, ...(source ? { source } : {}) };
  } finally {
    rl.close();
  }
}
