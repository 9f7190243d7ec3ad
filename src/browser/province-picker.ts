/**
 * The home page's province picker, on top of the plain list of links that
 * src/components/ProvincePicker.astro draws: narrows the list as one types, remembers the
 * province a reader opens (localStorage only), and shows that province's latest releases
 * from its JSON Feed. Without this script the page keeps the full list of links.
 */
import { PAGE_SCRIPT_UI as UI } from '@/i18n/th-page-scripts.ts';
import { formatThaiShortDate } from '@/thai/date.ts';
import { latestFromFeed, PROVINCE_STORAGE_KEY, provinceMatches, rememberedProvince } from '@/site/province-picker.ts';

const picker = document.querySelector<HTMLDetailsElement>('#province-picker');
const mine = document.querySelector<HTMLElement>('#my-province');

/** localStorage can be off or full (private windows, settings): the picker then just forgets. */
const storage = {
  get(): string | null {
    try {
      return localStorage.getItem(PROVINCE_STORAGE_KEY);
    } catch {
      return null;
    }
  },
  set(code: string | null): void {
    try {
      if (code === null) localStorage.removeItem(PROVINCE_STORAGE_KEY);
      else localStorage.setItem(PROVINCE_STORAGE_KEY, code);
    } catch {
      // Nothing to do: the choice is simply not kept.
    }
  },
};

if (picker && mine) {
  const slot = <T extends HTMLElement>(root: HTMLElement, name: string): T => root.querySelector<T>(`[data-slot="${name}"]`)!;
  const options = [...picker.querySelectorAll<HTMLLIElement>('li[data-names]')];
  const links = new Map(
    options.map((li) => {
      const a = li.querySelector<HTMLAnchorElement>('a[data-code]')!;
      return [a.dataset.code!, a];
    }),
  );
  const input = picker.querySelector<HTMLInputElement>('#province-filter')!;
  const count = picker.querySelector<HTMLElement>('#province-count')!;

  slot(picker, 'hint').hidden = false;
  slot(picker, 'filter').hidden = false;

  const narrow = (): void => {
    let shown = 0;
    for (const li of options) {
      const match = provinceMatches(input.value, li.dataset.names!.split('|'));
      li.hidden = !match;
      if (match) shown++;
    }
    // Quiet until the reader types: a screen reader need not hear "77" on opening.
    count.textContent = input.value.trim() === '' ? '' : UI.provincePickerCount(shown);
  };
  input.addEventListener('input', narrow);
  // Enter with one province left opens it, as a search box would.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const visible = options.filter((li) => !li.hidden);
    if (visible.length === 1) visible[0]!.querySelector('a')!.click();
  });
  picker.addEventListener('toggle', () => {
    if (picker.open) input.focus();
  });
  picker.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-code]');
    if (link) storage.set(link.dataset.code!);
  });

  const show = async (code: string): Promise<void> => {
    const link = links.get(code)!;
    const status = slot(mine, 'status');
    const list = slot(mine, 'items');
    slot(mine, 'name').textContent = link.dataset.label!;
    const all = slot<HTMLAnchorElement>(mine, 'all');
    all.href = link.href;
    all.textContent = UI.myProvinceAll(link.dataset.label!);
    status.textContent = UI.myProvinceLoading;
    mine.hidden = false;
    try {
      const response = await fetch(link.dataset.feed!);
      if (!response.ok) throw new Error(`${response.status}`);
      const items = latestFromFeed(await response.json());
      list.replaceChildren(
        ...items.map((item) => {
          const li = document.createElement('li');
          const a = li.appendChild(document.createElement('a'));
          // The feed's URLs carry the published site's address; stay on the one being read.
          const url = new URL(item.url, location.href);
          a.href = `${url.pathname}${url.search}${url.hash}`;
          a.textContent = item.title;
          const time = li.appendChild(document.createElement('time'));
          time.dateTime = item.date;
          time.textContent = formatThaiShortDate(new Date(item.date));
          return li;
        }),
      );
      status.textContent = items.length === 0 ? UI.myProvinceEmpty : '';
    } catch {
      status.textContent = UI.myProvinceFailed;
    }
  };

  slot(mine, 'forget').addEventListener('click', () => {
    storage.set(null);
    mine.hidden = true;
    slot(mine, 'items').replaceChildren();
    picker.querySelector('summary')!.focus();
  });

  const code = rememberedProvince(storage.get(), new Set(links.keys()));
  if (code) void show(code);
}
