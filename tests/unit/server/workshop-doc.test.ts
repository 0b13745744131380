// @vitest-environment node
// What a workshop session's documents hold (src/sync/workshop-doc.ts): a
// session is open once opened and until closed; a hand-in counts only whole
// and with an assessment that reads as an imported file does; the trainer
// reads the hand-ins first handed in first; a reply to a group is read only
// when it is one.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseAssessmentJson } from '../../../src/assessment/export-file';
import { checkedHandIn, handInsMap, isSessionOpen, readHandIns, readReply, sessionMap, storedHandIn } from '../../../src/sync/workshop-doc';

const library = (() => {
  const parsed = parseAssessmentJson(readFileSync(resolve(import.meta.dirname, '../../../questionnaires/examples/library.sv.json'), 'utf8'));
  if (!parsed.ok) throw new Error('The library example does not parse.');
  return parsed.value;
})();

describe('a workshop session’s document', () => {
  it('is open once opened, and closed for good once closed', () => {
    const doc = new Y.Doc();
    expect(isSessionOpen(doc)).toBe(false);
    sessionMap(doc).set('open', true);
    expect(isSessionOpen(doc)).toBe(true);
    sessionMap(doc).set('closedAt', '2026-12-06T11:00:00.000Z');
    expect(isSessionOpen(doc)).toBe(false);
    // A closed session that someone marks open again is still closed.
    sessionMap(doc).set('open', true);
    expect(isSessionOpen(doc)).toBe(false);
  });

  it('gives the hand-ins that are whole and readable, the first handed in first', () => {
    const doc = new Y.Doc();
    const later = checkedHandIn('g-later-000000000000', { group: 'Grupp 2', handedInAt: '2026-12-06T10:05:00.000Z', assessment: JSON.parse(JSON.stringify(library)) as unknown })!;
    const earlier = checkedHandIn('g-earlier-0000000000', { group: ' Grupp 1 ', handedInAt: '2026-12-06T10:01:00.000Z', assessment: JSON.parse(JSON.stringify(library)) as unknown })!;
    handInsMap(doc).set(later.groupId, storedHandIn(later));
    handInsMap(doc).set(earlier.groupId, storedHandIn(earlier));
    handInsMap(doc).set('g-broken-00000000000', { group: 'Trasig', handedInAt: '2026-12-06T10:00:00.000Z', assessment: { format: 'other' } });
    handInsMap(doc).set('g-nameless-000000000', { group: '  ', handedInAt: '2026-12-06T10:00:00.000Z', assessment: JSON.parse(JSON.stringify(library)) as unknown });
    handInsMap(doc).set('g-not-an-object-0000', 'text');
    const read = readHandIns(doc);
    expect(read.map((h) => h.group)).toEqual(['Grupp 1', 'Grupp 2']);
    expect(read[0]!.assessment).toEqual(library);
  });
});

describe('a reply to a group', () => {
  it('is read only when it is one of the server’s answers with the hand-in’s time', () => {
    expect(readReply('{"kind":"hand-in.received","handedInAt":"2026-12-06T10:00:00.000Z"}')).toEqual({ kind: 'hand-in.received', handedInAt: '2026-12-06T10:00:00.000Z' });
    for (const payload of ['', 'not json', '{"kind":"hand-in.received"}', '{"kind":"other","handedInAt":"x"}', 'null', '[]']) expect(readReply(payload), payload).toBeUndefined();
  });
});
