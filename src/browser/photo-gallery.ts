/**
 * A viewer for a release's gallery (src/components/PhotoGallery.astro), on top of its
 * links: a link opens its photo large in a <dialog>, the buttons and the arrow keys go to
 * the photo before or after, Escape or the close button returns to the link. Without this
 * script each link opens the photo itself.
 */
import { PAGE_SCRIPT_UI as UI } from '@/i18n/th-page-scripts.ts';

for (const gallery of document.querySelectorAll<HTMLElement>('[data-gallery]')) {
  const links = [...gallery.querySelectorAll<HTMLAnchorElement>('a[data-gallery-link]')];
  const viewer = gallery.querySelector<HTMLDialogElement>('dialog[data-gallery-viewer]');
  const figure = viewer?.querySelector<HTMLElement>('[data-viewer-figure]');
  const position = viewer?.querySelector<HTMLElement>('[data-viewer-position]');
  if (!viewer || !figure || !position || links.length === 0) continue;
  let current = 0;

  const show = (index: number): void => {
    current = (index + links.length) % links.length;
    const link = links[current]!;
    const image = document.createElement('img');
    image.src = link.href;
    image.alt = link.querySelector('img')?.alt ?? '';
    image.width = Number(link.dataset['width']);
    image.height = Number(link.dataset['height']);
    const caption = link.closest('figure')?.querySelector('figcaption')?.textContent;
    const parts: HTMLElement[] = [image];
    if (caption) {
      const figcaption = document.createElement('figcaption');
      figcaption.textContent = caption;
      parts.push(figcaption);
    }
    figure.replaceChildren(...parts);
    position.textContent = UI.galleryPosition(current + 1, links.length);
  };

  links.forEach((link, index) =>
    link.addEventListener('click', (event) => {
      // A new tab or window, as the reader asked.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      show(index);
      viewer.showModal();
    }),
  );
  for (const button of viewer.querySelectorAll<HTMLButtonElement>('[data-viewer-step]')) {
    button.hidden = links.length < 2;
    button.addEventListener('click', () => show(current + Number(button.dataset['viewerStep'])));
  }
  viewer.querySelector('[data-viewer-close]')?.addEventListener('click', () => viewer.close());
  viewer.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      show(current + (event.key === 'ArrowRight' ? 1 : -1));
    }
  });
  // Back to the photo the reader was on, so the keyboard carries on from there: after the
  // browser's own return of focus to the link that opened the viewer, which follows this event.
  viewer.addEventListener('close', () => setTimeout(() => links[current]?.focus()));
}
