import { KIND_COLOURS } from '../graph/colours.ts';
import { suggest } from '../graph/suggest.ts';
import { searchLabels as L } from '../../site/search/labels.ts';
import { combobox } from './combobox.ts';
import { loadFold, type Fold } from './foldQuery.ts';
import { loadNames, type NameItem } from './names.ts';
import { pageUrl } from './siteRoot.ts';

/**
 * The header's search box: suggests entity names as one types (names load on first focus), goes straight to a chosen
 * entity's page, and otherwise submits to the search page. Without this script it is a plain form to the search page.
 */
export function enhanceHeaderBox(form: HTMLFormElement, root: URL): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input) return;
  const searchPage = pageUrl(root, 'search/');
  form.action = searchPage;
  let names: NameItem[] = [];
  let fold: Fold = (text) => text;
  const ready = () =>
    Promise.all([loadNames(root), loadFold(root)]).then(([loadedNames, loadedFold]) => {
      names = loadedNames;
      fold = loadedFold;
    });
  input.addEventListener('focus', () => void ready(), { once: true });
  const listbox = combobox({
    input,
    options: async (value) => {
      await ready();
      return suggest(names, fold(value), 8).map((n) => ({
        id: n.path,
        text: n.name,
        note: L.entityTypes[n.type],
        colour: KIND_COLOURS[n.type],
      }));
    },
    onChoose: (option) => location.assign(pageUrl(root, option.id)),
    // Enter without a highlighted suggestion searches the full text.
    onEnter: () => {
      submit();
      return true;
    },
  });
  input.insertAdjacentElement('afterend', listbox);
  const submit = () => {
    const q = input.value.trim();
    location.assign(q ? `${searchPage}?q=${encodeURIComponent(q)}` : searchPage);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
}
