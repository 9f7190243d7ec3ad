/**
 * Draws share cards at build time (Node only): satori lays the card out to SVG with the
 * site's own font, resvg turns the SVG into PNG. Each card is kept in the build cache under
 * a key of its tree, the fonts and this code, so a rebuild draws only cards that changed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { codeDigest } from '@/site/code-digest.ts';
import { CARD_FONTS, CARD_HEIGHT, CARD_WIDTH, cardTree, type CardNode, type CardText } from './card.ts';

/**
 * Sarabun as @fontsource/sarabun ships it for the pages: satori reads TTF, OTF and WOFF,
 * not WOFF2. Fontsource cuts the font by script, and satori takes one file per family and
 * weight, so each cut is a family of its own; card.ts names both in its font-family, and
 * satori takes each letter from the first that has it.
 */
const FONT_FILES = [
  { name: CARD_FONTS.latin, file: 'sarabun-latin-400-normal.woff', weight: 400 },
  { name: CARD_FONTS.thai, file: 'sarabun-thai-400-normal.woff', weight: 400 },
  { name: CARD_FONTS.latin, file: 'sarabun-latin-700-normal.woff', weight: 700 },
  { name: CARD_FONTS.thai, file: 'sarabun-thai-700-normal.woff', weight: 700 },
] as const;

interface Font {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/** The cache key of one card: its tree, the font files and the drawing code (with satori's and resvg's versions). */
export function cardCacheKey(tree: CardNode, fonts: readonly { data: Uint8Array }[], code: string): string {
  const hash = createHash('sha256').update(`${code}\0${JSON.stringify(tree)}\0`);
  for (const font of fonts) hash.update(font.data).update('\0');
  return hash.digest('base64url');
}

export interface CardDrawer {
  /** The card's cache key (cardCacheKey), also its page's key for Astro's incremental build. */
  key(text: CardText): string;
  /** The card's PNG, from the cache or drawn now. */
  draw(text: CardText): Promise<Uint8Array>;
  /** Deletes the cached cards of other keys (a renamed ministry, an old design), as the search shards' cache does. */
  keepOnly(keys: readonly string[]): Promise<void>;
  /** How many cards this drawer drew rather than read from the cache. */
  readonly drawn: number;
}

/** @param root the project folder; @param cacheDir the build cache, where cards are kept under `og-cards/`. */
export async function cardDrawer(root: string, cacheDir: string): Promise<CardDrawer> {
  const fontsDir = path.join(root, 'node_modules/@fontsource/sarabun/files');
  const fonts: Font[] = await Promise.all(
    FONT_FILES.map(async ({ name, file, weight }) => ({
      name,
      data: await readFile(path.join(fontsDir, file)),
      weight,
      style: 'normal' as const,
    })),
  );
  const code = await codeDigest(root, 'src/site/og/draw-card.ts');
  const cache = path.join(cacheDir, 'og-cards');
  await mkdir(cache, { recursive: true });
  let drawn = 0;
  return {
    get drawn() {
      return drawn;
    },
    key: (text) => cardCacheKey(cardTree(text), fonts, code),
    async keepOnly(keys) {
      const kept = new Set(keys.map((key) => `${key}.png`));
      for (const entry of await readdir(cache)) if (!kept.has(entry)) await rm(path.join(cache, entry), { force: true });
    },
    async draw(text) {
      const tree = cardTree(text);
      const file = path.join(cache, `${cardCacheKey(tree, fonts, code)}.png`);
      const cached = await readFile(file).catch(() => undefined);
      if (cached) return cached;
      const png = await drawPng(tree, fonts);
      drawn += 1;
      // Written whole or not at all: a build killed mid-write leaves no half card to reuse.
      const partial = `${file}.${process.pid}.tmp`;
      await writeFile(partial, png);
      await rename(partial, file);
      return png;
    },
  };
}

async function drawPng(tree: CardNode, fonts: Font[]): Promise<Uint8Array> {
  // satori's types want a React element; the tree is the same shape without React.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  return new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
}
