/**
 * What tells a release from every other, in one run and in the output folder, whatever its file is called now:
 * thaigov's id, from its source. A transcript of the Prime Minister's weekly address from thaigov's programme
 * archive has no source: it is known by its broadcast (the day) and its title (the programme and day). thaigov's
 * own copy of a broadcast shares that title (parse-thaigov.ts) but is found by its id alone, so a transcript never
 * stands in for it.
 */
import { createHash } from 'node:crypto';

export const WEEKLY_ADDRESS = 'weekly-address';

interface Fields {
  title: string;
  date: string;
  source?: string | undefined;
  category?: string | undefined;
}

/** The keys a release being imported is found by, in the run and in the output folder. */
export function lookupKeys({ title, date, source }: Fields): string[] {
  const id = thaigovId(source);
  return id === undefined ? [broadcastKey(date), title] : [id];
}

/**
 * The keys a release being imported holds in its run: also a thaigov copy's title, so that a transcript of the same
 * broadcast coming after it (files go in order, and thaigov's numbered folders sort before the archive's) is skipped.
 */
export function runKeys(release: Fields): string[] {
  return [
    ...lookupKeys(release),
    ...(release.source !== undefined && release.category === WEEKLY_ADDRESS ? [release.title] : []),
  ];
}

/**
 * The keys of a release file already in the output folder, by its front matter. A weekly-address file is keyed by its
 * day too, though for thaigov's copy that is the day it was published: front matter cannot tell the copy from a
 * transcript an editor published. (No transcript of the corpora falls on a copy's day.)
 */
export function fileKeys({ title, date, source, category }: Fields): string[] {
  const id = thaigovId(source);
  return [...(id === undefined ? [] : [id]), ...(category === WEEKLY_ADDRESS ? [broadcastKey(date), title] : [])];
}

/** The key of a broadcast's day; none for a file without a date. */
const broadcastKey = (date: string): string => (date === '' ? '' : `${WEEKLY_ADDRESS} ${date.slice(0, 10)}`);

const THAIGOV_ID = /thaigov\.go\.th\/news\/contents\/details\/(\d+)/;

/** thaigov's id of a release from its source address (…/news/contents/details/74827), if it is thaigov's. */
export function thaigovId(source: string | undefined): string | undefined {
  return source === undefined ? undefined : THAIGOV_ID.exec(source)?.[1];
}

/**
 * thaigov posted some releases twice, under two ids (509 of the corpora's releases, mostly ids one apart): the same day,
 * title and text. A release file's text key, from its date, title line and body as the importer writes them, finds the
 * second copy in the run and in the output folder; a copy an editor has changed is a release of its own.
 */
export function textKey(date: string, titleLine: string, body: string): string {
  return `text ${createHash('sha256').update(`${date}\n${titleLine}\n${body}`).digest('base64url').slice(0, 22)}`;
}
