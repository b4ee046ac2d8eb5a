// STUB (owned by the graph/search helper): runs Pagefind over the built site in `distDir`.
export async function indexSite(_distDir: string): Promise<void> {}
