/**
 * What tells a release from every other, in one run and in the output folder, whatever its file is called now:
 * thaigov's id, from its source. The Prime Minister's weekly address is known by more: a transcript from thaigov's
 * programme archive has no source, so by its broadcast (category and day) and its title (the programme and day),
 * which thaigov's own copy of a broadcast shares (parse-thaigov.ts). An editor who moves a transcript, retitles it
 * or gives it thaigov's address keeps at least one of them.
 */
export const WEEKLY_ADDRESS = 'weekly-address';

interface Fields {
  title: string;
  date: string;
  source?: string | undefined;
  category?: string | undefined;
}

/**
 * The keys of a release being imported. A thaigov copy of a broadcast is not known by its day, which is the day it
 * was published, not broadcast: it must never be taken for a transcript already imported.
 */
export function importedKeys({ title, date, source, category }: Fields): string[] {
  const id = thaigovId(source);
  if (id !== undefined) return category === WEEKLY_ADDRESS ? [id, title] : [id];
  return category === WEEKLY_ADDRESS ? [broadcastKey(date), title] : [];
}

/** The keys of a release file already in the output folder, by its front matter. */
export function fileKeys({ title, date, source, category }: Fields): string[] {
  const id = thaigovId(source);
  return [...(id === undefined ? [] : [id]), ...(category === WEEKLY_ADDRESS ? [broadcastKey(date), title] : [])];
}

const broadcastKey = (date: string): string => `${WEEKLY_ADDRESS} ${date.slice(0, 10)}`;

const THAIGOV_ID = /thaigov\.go\.th\/news\/contents\/details\/(\d+)/;

/** thaigov's id of a release from its source address (…/news/contents/details/74827), if it is thaigov's. */
export function thaigovId(source: string | undefined): string | undefined {
  return source === undefined ? undefined : THAIGOV_ID.exec(source)?.[1];
}
