/**
 * The share bar's buttons, which need a script: the system share sheet where the browser
 * has one (navigator.share, on phones), copying the address, and printing. They stay
 * hidden until this runs, so a reader without scripts sees only the plain links.
 */
const bar = document.querySelector<HTMLElement>('[data-share]');
if (bar) {
  const url = bar.dataset['url'] ?? location.href;
  const title = bar.dataset['title'] ?? document.title;
  const status = bar.querySelector<HTMLElement>('[data-share-status]');
  const say = (text: string | undefined): void => {
    if (status && text) status.textContent = text;
  };
  const button = (name: string): HTMLButtonElement | null =>
    bar.querySelector<HTMLButtonElement>(`[data-share-action="${name}"]`);

  const native = button('native');
  if (native && typeof navigator.share === 'function') {
    native.hidden = false;
    native.addEventListener('click', () => {
      // A reader who closes the sheet is not an error worth reporting.
      navigator.share({ url, title }).catch(() => undefined);
    });
  }
  const copy = button('copy');
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(url).then(
        () => say(copy.dataset['done']),
        () => say(copy.dataset['failed']),
      );
    });
  }
  const print = button('print');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', () => window.print());
  }
}
