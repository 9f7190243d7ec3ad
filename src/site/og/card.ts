/**
 * The design of a share card (og:image): a 1200 × 630 picture of the site's name and a
 * ministry's names, as the element tree satori lays out. Pure data: the tree is also what
 * a drawn card's cache key is digested from (draw-card.ts), so a change of design, text or
 * colour draws that card again and nothing else.
 */

/** Open Graph's recommended size: Facebook and LINE show it whole at 1.91 : 1. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The site's light colours (src/styles/global.css): a card is shown on any background. */
const COLOURS = {
  background: '#ffffff',
  text: '#1b1f24',
  muted: '#4f5863',
  surface: '#f3f5f7',
  accent: '#8a1c1c',
} as const;

/** The two cuts of Sarabun that draw-card.ts loads: Latin letters and Thai letters. */
export const CARD_FONTS = { latin: 'Sarabun Latin', thai: 'Sarabun Thai' } as const;

export interface CardText {
  /** The large line: a ministry's Thai name, or the site's tagline. */
  title: string;
  /** The smaller line under it: the English name. */
  subtitle: string;
  /** The site's name, shown as the header shows it. */
  siteName: string;
  /** The site's address without the scheme, at the foot (thalaeng.github.io). */
  host: string;
}

/** A satori element without JSX: `{ type, props: { style, children } }`. */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode | CardNode[] };
}

const div = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/**
 * Larger for short names, so that the longest name (กระทรวงการอุดมศึกษา วิทยาศาสตร์
 * วิจัยและนวัตกรรม, 45 letters) still fits in two lines and the shortest fills the card;
 * at LINE's thumbnail (about a third of the size) the smallest is still about 25 px.
 */
export function titleSize(title: string): number {
  const letters = [...title].length;
  if (letters <= 16) return 96;
  if (letters <= 24) return 84;
  if (letters <= 32) return 72;
  return 64;
}

export function cardTree(text: CardText): CardNode {
  return div(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      background: COLOURS.background,
      fontFamily: `${CARD_FONTS.latin}, ${CARD_FONTS.thai}`,
      color: COLOURS.text,
    },
    [
      // The header's band: the site's name on its surface colour over the accent rule.
      div(
        {
          display: 'flex',
          alignItems: 'center',
          height: 132,
          padding: '0 72px',
          background: COLOURS.surface,
          borderBottom: `12px solid ${COLOURS.accent}`,
        },
        div({ fontSize: 72, fontWeight: 700, color: COLOURS.accent, lineHeight: 1.2 }, text.siteName),
      ),
      div({ display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, padding: '0 72px', gap: 20 }, [
        // keep-all: satori then breaks Thai between ICU words (Intl.Segmenter); its
        // default line breaker (UAX #14 without a dictionary) finds no break in Thai.
        // balance: two lines of even length, which in these names falls between words
        // of a phrase more often than a greedy break does (สังคม | และความมั่นคง).
        div(
          {
            fontSize: titleSize(text.title),
            fontWeight: 700,
            lineHeight: 1.3,
            wordBreak: 'keep-all',
            textWrap: 'balance',
          },
          text.title,
        ),
        div({ fontSize: 40, color: COLOURS.muted, lineHeight: 1.3 }, text.subtitle),
      ]),
      div({ display: 'flex', padding: '0 72px 40px', fontSize: 30, color: COLOURS.muted }, text.host),
    ],
  );
}
