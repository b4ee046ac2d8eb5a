/** The language the whole search index is written in (Pagefind's forceLanguage), and the one its queries are split in. */
export const INDEX_LANGUAGE = 'zh';
