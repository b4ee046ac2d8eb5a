// Entry of reader/app.js (a classic script, bundled at build time, so that it runs from disk too): the reader's outline
// starts folded on a narrow screen, and "copy link" beside each sentence copies the link citeLink chooses. Without the
// script the link still points at the sentence.
import { citeLink } from './citeLink.ts';

function start(): void {
  const outlineBox = document.querySelector<HTMLDetailsElement>('details[data-outline]');
  if (outlineBox && window.matchMedia('(max-width: 67.99rem)').matches) outlineBox.open = false;

  const article = document.querySelector<HTMLElement>('.reader-text');
  if (!article) return;
  const { publicPage, sitePath = '', copy = '', copied = '', copyRelative = '', copiedRelative = '' } = article.dataset;
  const context = (hash: string) => ({ hash, pageUrl: location.href, publicPage: publicPage || undefined, sitePath });
  const relative = citeLink(context('#')).kind === 'relative';
  // From disk with no public address: every tooltip says the link copied is relative to the site.
  if (relative) for (const link of article.querySelectorAll<HTMLAnchorElement>('a.cite')) link.title = copyRelative;
  article.addEventListener('click', async (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.cite');
    if (!link) return;
    const { url } = citeLink(context(link.getAttribute('href') ?? ''));
    try {
      await navigator.clipboard.writeText(url);
      link.classList.add('copied');
      link.title = relative ? copiedRelative : copied;
      setTimeout(() => {
        link.classList.remove('copied');
        link.title = relative ? copyRelative : copy;
      }, 1500);
    } catch {
      // Clipboard refused (insecure context): the address bar now holds the sentence's link.
    }
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
