// Pagefind gunzips every index chunk and result it fetches in JavaScript, unless the bytes it gets are already plain
// (they start with its signature, "pagefind_dcd"). In the search worker its fetches are answered gunzipped by the
// browser's own DecompressionStream instead, several times faster: the chunks of a word found in every report run to
// a megabyte at 1,000 reports.
const PAGEFIND_FILE = /\.pf_(index|fragment|filter|meta)$/;

export function gunzipPagefindFetches(scope: { fetch: typeof fetch }): void {
  if (typeof DecompressionStream === 'undefined') return;
  const fetchRaw = scope.fetch.bind(scope);
  scope.fetch = async (input, init) => {
    const response = await fetchRaw(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!response.ok || !PAGEFIND_FILE.test(new URL(url, location.href).pathname)) return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new Response(bytes);
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')));
  };
}
