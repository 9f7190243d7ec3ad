/**
 * The preview pane beside the editor: the release's heading, facts and body in the site's
 * own markup and classes (src/pages/releases/[slug].astro, ReleaseMeta.astro), drawn with
 * the React that Decap's bundle brings (window.h); the words come from previewFacts().
 */
import { UI } from '@/i18n/th.ts';
import { previewFacts } from './preview-facts.ts';

type Element = unknown;
type CreateElement = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;

interface PreviewProps {
  entry: { get(key: 'data'): { toJS(): Record<string, unknown> } };
}

export function releasePreview(h: CreateElement): (props: PreviewProps) => Element {
  const fact = (term: string, ...values: unknown[]): Element => h('div', null, h('dt', null, term), h('dd', null, ...values));
  return ({ entry }) => {
    const facts = previewFacts(entry.get('data').toJS());
    return h(
      'article',
      { className: 'release stack' },
      facts.draft && h('p', { className: 'draft-banner', role: 'note' }, UI.draft),
      facts.ministryNote && h('p', { className: 'draft-banner', role: 'note' }, facts.ministryNote),
      h('h1', null, facts.title),
      h(
        'dl',
        { className: 'release-meta' },
        fact(UI.metaDate, facts.date),
        facts.lastUpdate &&
          fact(UI.metaUpdated, facts.lastUpdate.date, h('p', { className: 'update-note' }, facts.lastUpdate.note)),
        facts.ministry && fact(UI.metaMinistry, facts.ministry),
        facts.category && fact(UI.metaCategory, facts.category),
        facts.provinces.length > 0 &&
          fact(UI.metaProvinces, h('ul', null, ...facts.provinces.map((name) => h('li', { key: name }, name)))),
        facts.office && fact(UI.metaOffice, facts.office),
      ),
      h('div', { className: 'prose', dangerouslySetInnerHTML: { __html: facts.bodyHtml } }),
    );
  };
}
