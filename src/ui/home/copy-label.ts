/**
 * What the saved list says about where a copy came from: "Importerad från
 * fil 4 dec 15.19", "Från delad länk …", "Från exempel …", "Kopia …",
 * "Från workshoplänk …". Two
 * copies labelled alike to the minute (one file imported twice in a minute)
 * get the seconds, and an imported file its name, so no two entries read the
 * same unless they were made in the same second from the same file.
 */
import type { Origin } from '../../assessment/assessment';
import { dateTime } from '../../i18n/dates';
import type { Language } from '../../i18n/languages';

type Translate = (key: string, options?: Record<string, unknown>) => string;

// Named in full, so every text the list uses can be found in the source.
const KEYS: Record<Origin['kind'], string> = {
  file: 'saved.origin.file',
  share: 'saved.origin.share',
  example: 'saved.origin.example',
  copy: 'saved.origin.copy',
  workshop: 'saved.origin.workshop',
};

interface Labelled {
  id: string;
  origin?: Origin;
}

function label(t: Translate, lang: Language, origin: Origin, precise: boolean, now: Date | undefined): string {
  const when = dateTime(origin.at, lang, { seconds: precise, ...(now ? { now } : {}) });
  if (origin.kind === 'file' && precise && origin.from) return t('saved.origin.fileNamed', { when, file: origin.from });
  return t(KEYS[origin.kind], { when });
}

/** The origin label of every item that has an origin, by id. */
export function originLabels(items: readonly Labelled[], t: Translate, lang: Language, now?: Date): Map<string, string> {
  const plain = new Map<string, string>();
  for (const item of items) if (item.origin) plain.set(item.id, label(t, lang, item.origin, false, now));
  const seen = new Map<string, number>();
  for (const text of plain.values()) seen.set(text, (seen.get(text) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const item of items) {
    const text = plain.get(item.id);
    if (text === undefined || !item.origin) continue;
    out.set(item.id, (seen.get(text) ?? 0) > 1 ? label(t, lang, item.origin, true, now) : text);
  }
  return out;
}
