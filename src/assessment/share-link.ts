/**
 * A share link carries a whole assessment in the URL fragment
 * (`#/share/<lang>/<data>`, with the language it was shared in, so that it
 * opens in that language), which browsers never send to a server: the exported
 * JSON without indentation, compressed with raw DEFLATE (fflate) and written
 * in base64url, the alphabet that needs no escaping in a URL.
 *
 * Links are offered only up to MAX_SHARE_LINK_LENGTH characters. Browsers
 * take far longer links, but links travel by mail and chat: 2,000 characters
 * stays under the old 2,048/2,083 ceiling that Microsoft's products and many
 * mail gateways still apply to a clickable address, and some classic Outlook
 * versions have been seen cutting links even sooner. A complete worked
 * example is about 19,000 characters of JSON and 7,000 to 9,000 characters as
 * a link, far over any safe limit, so big assessments go by file; a case for
 * a group to work on, or an assessment just begun, fits. A link cut short
 * in transit cannot be unpacked, and says so, rather than giving wrong data.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { Parsed } from '../questionnaire/load';
import type { Assessment } from './assessment';
import { exportJson } from './export-file';

/** The fragment before the data (and, since links carry it, the language). */
export const SHARE_PREFIX = '#/share/';
/** The longest link offered, in characters (see the module comment for why). */
export const MAX_SHARE_LINK_LENGTH = 2000;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    // 1 byte gives 2 characters, 2 give 3, 3 give 4 (no padding).
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) out += ALPHABET[(n >> (18 - 6 * j)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let k = 0;
  for (const c of text) {
    buffer = ((buffer << 6) | ALPHABET.indexOf(c)) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[k++] = (buffer >> bits) & 255;
    }
  }
  return bytes;
}

/** The data part of a share link for `assessment`. */
export function encodeShareData(assessment: Assessment): string {
  // Same content and key order as the file export, without the indentation (about 6 % shorter).
  // Without the origin: the copy the link makes records the link as its own.
  const { origin: _origin, ...shared } = assessment;
  // Empty review rounds and follow-ups (most links: a case, a draft) are left out; reading the link fills
  // them in again (the schema's defaults), so the copy exports the same bytes as the original.
  const doc = JSON.parse(exportJson(shared)) as Record<string, unknown>;
  for (const key of ['review', 'followUps']) if (Array.isArray(doc[key]) && doc[key].length === 0) delete doc[key];
  const json = JSON.stringify(doc);
  return toBase64Url(deflateSync(strToU8(json), { level: 9, mem: 12 }));
}

/**
 * The assessment JSON carried by a link's data, or a problem when the data
 * is not base64url or cannot be unpacked (cut short or changed). The text
 * still has to pass the same checks as an imported file.
 */
export function decodeShareData(data: string): Parsed<string> {
  const bytes = fromBase64Url(data.trim());
  if (!bytes) return { ok: false, problems: [{ code: 'link.encoding', path: '$' }] };
  try {
    return { ok: true, value: strFromU8(inflateSync(bytes)) };
  } catch {
    return { ok: false, problems: [{ code: 'link.damaged', path: '$' }] };
  }
}

export type ShareLink = { ok: true; url: string } | { ok: false; length: number; limit: number };

/** `base` without its fragment: the page's own address, to which a link's fragment is added. */
const page = (base: string) => base.replace(/#.*$/, '');

/**
 * The share link for `assessment` on the page at `base` (its address without the fragment), if it is
 * short enough to send. `lang` is the interface language it is shared in; the link opens in it.
 * (A language code rather than the i18n module's type: this module stays free of the interface.)
 */
export function shareLink(base: string, assessment: Assessment, lang?: string): ShareLink {
  const url = `${page(base)}${SHARE_PREFIX}${lang ? `${lang}/` : ''}${encodeShareData(assessment)}`;
  return url.length <= MAX_SHARE_LINK_LENGTH ? { ok: true, url } : { ok: false, length: url.length, limit: MAX_SHARE_LINK_LENGTH };
}

/**
 * What a workshop link hands out: a case packed into the link (`data`, the share codec of a case-only
 * assessment), or a shipped worked example's case by its id, a link of a few dozen characters that a
 * phone camera reads as a QR code from the back of a room.
 */
export type JoinSource = { kind: 'data'; data: string } | { kind: 'example'; id: string };

/** The fragment before a workshop link's language. */
export const JOIN_PREFIX = '#/join/';

/** A workshop group's link to a case on the page at `base`, opening in `lang` (an interface language code). */
export function joinLink(base: string, lang: string, source: JoinSource): string {
  return `${page(base)}${JOIN_PREFIX}${lang}/${source.kind === 'example' ? `example/${source.id}` : source.data}`;
}
