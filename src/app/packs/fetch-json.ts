/**
 * Reading one JSON file the deployment may have put beside the build. Every
 * file there is optional: a 404, a failed request (offline before the first
 * visit cached it) or a host that answers every path with the app's page
 * (a single-page-app rewrite) all mean "not there", without a word. Only a
 * file that is there and is not JSON is worth a warning.
 */

export type FetchedJson = { state: 'absent' } | { state: 'invalid'; detail: string } | { state: 'ok'; value: unknown };

/** Fetches `url` as JSON; a URL of another origin than `origin` is never asked for. */
export async function fetchJson(url: URL, origin: string, fetchImpl: typeof fetch = fetch): Promise<FetchedJson> {
  if (url.origin !== origin) return { state: 'absent' };
  let response: Response;
  try {
    response = await fetchImpl(url.href, { credentials: 'same-origin' });
  } catch {
    return { state: 'absent' };
  }
  if (!response.ok || /text\/html/i.test(response.headers.get('content-type') ?? '')) return { state: 'absent' };
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { state: 'absent' };
  }
  try {
    return { state: 'ok', value: JSON.parse(text) as unknown };
  } catch (error) {
    return { state: 'invalid', detail: error instanceof Error ? error.message : String(error) };
  }
}
