/**
 * The /admin/ page's script: loads Decap CMS from the site itself (copied from the pinned
 * npm package by ./integration.ts), registers the release format, the Bangkok path parts
 * and the preview, then starts it with the configuration made here from the schema.
 */
import previewStyle from '@/styles/global.css?url';
import { cmsConfig } from './cms-config.ts';
import { cmsBackend, type CmsSettings } from './backend.ts';
import { RELEASE_FORMAT, releaseFormat } from './release-format.ts';
import { pathParts } from './entry-path.ts';
import { releasePreview } from './preview.ts';
import { localBackend } from './local-backend.ts';
import { DECAP_SCRIPT } from './decap-files.ts';

interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  merge(values: object): ImmutableMap;
}

/** The part of Decap's global `CMS` this page uses. */
interface Decap {
  init(options: { config: object }): void;
  registerCustomFormat(name: string, extension: string, format: object): void;
  registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: ImmutableMap }) => unknown }): void;
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: Decap;
    h?: Parameters<typeof releasePreview>[0];
  }
}

/** Set by the page at build time (src/pages/admin/index.astro). */
interface PageSettings {
  cms: CmsSettings | undefined;
  siteUrl: string;
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
    document.head.append(script);
  });
}

async function start(): Promise<void> {
  const settings = JSON.parse(document.getElementById('cms-settings')?.textContent ?? '{}') as PageSettings;
  // Decap starts itself as its script runs unless told to wait for init().
  window.CMS_MANUAL_INIT = true;
  await loadScript(`${import.meta.env.BASE_URL}${DECAP_SCRIPT}`);
  const { CMS, h } = window;
  if (!CMS || !h) throw new Error('Decap CMS did not load');

  CMS.registerCustomFormat(RELEASE_FORMAT, 'md', releaseFormat);
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const data = entry.get('data') as ImmutableMap;
      const parts = entry.get('collection') === 'releases' ? pathParts(data.get('date')) : undefined;
      return parts ? data.merge(parts) : data;
    },
  });
  CMS.registerPreviewStyle(previewStyle);
  CMS.registerPreviewTemplate('releases', releasePreview(h));
  CMS.init({
    config: cmsConfig({ backend: cmsBackend(settings.cms, localBackend(location)), siteUrl: settings.siteUrl, now: new Date() }),
  });
}

void start();
