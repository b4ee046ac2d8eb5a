// Entry of search/app.js (a classic script, bundled at build time, loaded by every page's header search box):
// enhances the header box, runs the search page where there is one, and from disk points folder links at index.html.
import { fixFileLinks } from '../fileLinks.ts';
import { enhanceHeaderBox } from './headerBox.ts';
import { SearchPage } from './searchPage.ts';
import { rootFromScript } from './siteRoot.ts';

const root = rootFromScript(document.currentScript);

function start(): void {
  fixFileLinks(document);
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-kg-search-box]')) enhanceHeaderBox(form, root);
  const page = document.querySelector<HTMLElement>('[data-kg-search-page]');
  if (page) void new SearchPage(page, root).start();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
