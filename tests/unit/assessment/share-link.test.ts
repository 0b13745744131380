// Share links: the assessment survives the trip through a link byte for
// byte (as the export writes it); a link that was cut short, mangled or is
// not ours never yields an assessment, only a problem; and the size limit
// lets a case through while a complete assessment goes by file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import { newAssessment, type Assessment } from '../../../src/assessment/assessment';
import { EXAMPLE_IDS } from '../../../src/assessment/examples';
import { exportJson, parseAssessmentJson } from '../../../src/assessment/export-file';
import { caseOnlyCopy } from '../../../src/assessment/local-copy';
import { decodeShareData, encodeShareData, joinLink, MAX_SHARE_LINK_LENGTH, SHARE_PREFIX, shareLink } from '../../../src/assessment/share-link';
import { checkAssessmentText } from '../../../src/app/import-file';
import { parseRoute } from '../../../src/app/routes';
import { questionnaires } from '../../../src/questionnaire/catalogue';
import { file } from '../../fixtures/cases';

const example = (id: string, lang: string): Assessment => {
  const parsed = parseAssessmentJson(readFileSync(resolve(import.meta.dirname, `../../../questionnaires/examples/${id}.${lang}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(id);
  return parsed.value;
};
const examples = EXAMPLE_IDS.flatMap((id) => ['sv', 'en'].map((lang) => [`${id}.${lang}`, example(id, lang)] as const));
const fresh = newAssessment(file, 'a-new', new Date('2026-05-04T08:00:00Z'));
const BASE = 'https://kommun.example/jamlikhetskollen/';

/** What the app does with a link's data: unpack, then the same checks as an imported file. */
function open(data: string) {
  const text = decodeShareData(data);
  return text.ok ? checkAssessmentText(text.value) : text;
}

describe('share link data', () => {
  it.each([...examples, ['a new assessment', fresh] as const])('%s comes back byte for byte as the export writes it', (_name, a) => {
    const opened = open(encodeShareData(a));
    expect(opened.ok).toBe(true);
    expect(opened.ok && exportJson(opened.value)).toBe(exportJson(a));
  });

  it('is plain base64url, the same every time', () => {
    const data = encodeShareData(examples[0]![1]);
    expect(data).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encodeShareData(examples[0]![1])).toBe(data);
  });

  it('is far shorter than the file', () => {
    const a = examples[0]![1];
    expect(encodeShareData(a).length).toBeLessThan(exportJson(a).length / 2);
  });

  it.each([
    ['empty', '', 'link.encoding'],
    ['characters outside base64url', 'abc+def/ghi=', 'link.encoding'],
    ['spaces inside', 'abcd efgh', 'link.encoding'],
    ['an impossible length', 'abcde', 'link.encoding'],
  ])('refuses data that is not base64url: %s', (_name, data, code) => {
    expect(decodeShareData(data)).toEqual({ ok: false, problems: [{ code, path: '$' }] });
  });

  it('refuses a link cut short anywhere, never giving an assessment', () => {
    const data = encodeShareData(caseOnlyCopy(file, example('primary-care', 'sv'), 'a-case', new Date('2026-05-04T08:00:00Z')));
    for (const keep of [1, 2, 10, 100, Math.floor(data.length / 2), data.length - 8]) {
      const opened = open(data.slice(0, keep));
      expect(opened.ok, `cut at ${keep}`).toBe(false);
    }
    // Cut at a whole base64 quantum, so the text still decodes and the inflate step must notice.
    const half = Math.floor(data.length / 2);
    const cut = decodeShareData(data.slice(0, half - (half % 4)));
    expect(cut.ok === false && cut.problems[0]!.code).toBe('link.damaged');
  });

  it('refuses packed data that is not an assessment, with the file checks', () => {
    const pack = (text: string) => Buffer.from(deflateSync(strToU8(text))).toString('base64url');
    const notJson = open(pack('hello'));
    expect(notJson.ok === false && notJson.problems[0]!.code).toBe('json.syntax');
    const wrongKind = open(pack('{"format":"something-else"}'));
    expect(wrongKind.ok === false && wrongKind.problems[0]!.code).toBe('file.kind');
    const broken = open(pack(JSON.stringify({ ...fresh, revision: 'x' })));
    expect(broken.ok === false && broken.problems.map((p) => p.path)).toContain('$.revision');
  });
});

describe('share link size', () => {
  it('offers a link for a case to work on, with the data in the fragment', () => {
    const a = caseOnlyCopy(file, example('primary-care', 'sv'), 'a-case', new Date('2026-05-04T08:00:00Z'));
    const link = shareLink(`${BASE}#/a/a-case`, a);
    expect(link.ok).toBe(true);
    expect(link.ok && link.url).toBe(`${BASE}${SHARE_PREFIX}${encodeShareData(a)}`);
  });

  it.each(examples)('sends the complete example %s by file instead', (_name, a) => {
    const link = shareLink(BASE, a);
    expect(link).toEqual({ ok: false, length: BASE.length + SHARE_PREFIX.length + encodeShareData(a).length, limit: MAX_SHARE_LINK_LENGTH });
    expect(link.ok === false && link.length).toBeGreaterThan(MAX_SHARE_LINK_LENGTH);
  });

  // A trainer hands out each worked example's case as a link; a longer case text would turn it into a file.
  // The copy is made as the app makes it (a random id, which packs worse than a short one).
  it.each(examples)('the case of %s fits in a link from the app served at a host’s root', (_name, a) => {
    const own = questionnaires.find((q) => q.id === a.questionnaire.id)!;
    const copy = caseOnlyCopy(own, a, 'a-3f442313-a9da-46e5-b080-5f8762ed6a9e', new Date('2026-12-04T21:07:13.123Z'));
    expect(shareLink(`http://127.0.0.1:41234/#/a/${copy.id}`, copy)).toMatchObject({ ok: true });
  });

  it('draws the line at exactly MAX_SHARE_LINK_LENGTH characters', () => {
    const data = encodeShareData(fresh);
    const base = (length: number) => `https://k.example/${'x'.repeat(length - 'https://k.example/'.length - SHARE_PREFIX.length - data.length)}`;
    expect(shareLink(base(MAX_SHARE_LINK_LENGTH), fresh)).toMatchObject({ ok: true });
    expect(shareLink(base(MAX_SHARE_LINK_LENGTH + 1), fresh)).toEqual({ ok: false, length: MAX_SHARE_LINK_LENGTH + 1, limit: MAX_SHARE_LINK_LENGTH });
  });
});

describe('links that carry their language', () => {
  it('a share link names the language it was shared in before the data, and the app reads both back', () => {
    const a = caseOnlyCopy(file, example('library', 'en'), 'a-case', new Date('2026-05-04T08:00:00Z'));
    const link = shareLink(`${BASE}#/a/a-case`, a, 'en');
    expect(link.ok && link.url).toBe(`${BASE}${SHARE_PREFIX}en/${encodeShareData(a)}`);
    const hash = link.ok ? link.url.slice(BASE.length) : '';
    expect(parseRoute(hash)).toEqual({ name: 'share', lang: 'en', data: encodeShareData(a) });
    // A link made before links had a language still opens, in the reader's own language.
    expect(parseRoute(`${SHARE_PREFIX}${encodeShareData(a)}`)).toEqual({ name: 'share', data: encodeShareData(a) });
  });

  it('a workshop link for a worked example is a few dozen characters and reads back as the same case', () => {
    const url = joinLink(`${BASE}#/workshop`, 'sv', { kind: 'example', id: 'library' });
    expect(url).toBe(`${BASE}#/join/sv/example/library`);
    expect(url.length).toBeLessThan(70);
    expect(parseRoute(url.slice(BASE.length))).toEqual({ name: 'join', lang: 'sv', source: { kind: 'example', id: 'library' } });
  });

  it('a workshop link for a case of its own packs the case as a share link does', () => {
    const data = encodeShareData(caseOnlyCopy(file, example('primary-care', 'en'), 'a-case', new Date('2026-05-04T08:00:00Z')));
    const url = joinLink(BASE, 'en', { kind: 'data', data });
    expect(url).toBe(`${BASE}#/join/en/${data}`);
    expect(parseRoute(url.slice(BASE.length))).toEqual({ name: 'join', lang: 'en', source: { kind: 'data', data } });
  });
});
