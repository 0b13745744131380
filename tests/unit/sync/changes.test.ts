// What a client accepted, written into a shared document as the change it
// made (src/sync/binding.ts `applyChanges`): a colleague's edits made
// meanwhile and not touched here stay, whether another answer, an item they
// added to a group, or words they typed elsewhere in the same field; a
// property run checks that the result is always `next` when no one else
// wrote. Options of a multiple choice ticked or unticked by two people at
// once, online or offline, all count, and an option both ticked is read once.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Assessment } from '../../../src/assessment/assessment';
import { parseAssessmentJson } from '../../../src/assessment/export-file';
import type { GroupItem } from '../../../src/questionnaire/answers';
import { questionnaires } from '../../../src/questionnaire/catalogue';
import { applyChanges, assessmentToDoc, docToAssessment, freeTextOf, updateDoc } from '../../../src/sync/binding';
import { validAssessment } from '../../fixtures/arbitraries';

const proposal = questionnaires.find((q) => q.id === 'proposal')!;
const freeText = freeTextOf(proposal);
const library = (() => {
  const parsed = parseAssessmentJson(readFileSync(resolve(import.meta.dirname, '../../../questionnaires/examples/library.sv.json'), 'utf8'));
  if (!parsed.ok) throw new Error('the library example does not read');
  return parsed.value;
})();
const read = (doc: Y.Doc) => docToAssessment(doc, 0) as unknown as Assessment;

function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

/** Two clients in step on `base`: Anna's document and Bo's. */
function pair(base: Assessment) {
  const anna = assessmentToDoc(base, freeText);
  const bo = new Y.Doc();
  exchange(anna, bo);
  return { anna, bo };
}

const withAnswers = (a: Assessment, answers: Assessment['answers']): Assessment => ({ ...a, answers: { ...a.answers, ...answers } });

describe('a change written over a colleague’s', () => {
  it('keeps their answer to another question', () => {
    const { anna, bo } = pair(library);
    updateDoc(bo, withAnswers(library, { 'proposal.problem': 'Bo skrev det här.' }), freeText);
    exchange(anna, bo);
    // Anna's copy still has the old problem; she changes only the title.
    applyChanges(anna, library, withAnswers(library, { 'basics.title': 'Annas titel' }), freeText);
    exchange(anna, bo);
    for (const doc of [anna, bo]) {
      expect(read(doc).answers['proposal.problem']).toBe('Bo skrev det här.');
      expect(read(doc).answers['basics.title']).toBe('Annas titel');
    }
  });

  it('merges the options two people tick and untick at once in one multiple choice, each option once', () => {
    // library: screening.areas is services, education, participation, leisure.
    const { anna, bo } = pair(library);
    // Both offline: Bo unticks education and ticks culture; Anna ticks health and culture too.
    applyChanges(bo, library, withAnswers(library, { 'screening.areas': ['services', 'participation', 'leisure', 'culture'] }), freeText);
    applyChanges(anna, library, withAnswers(library, { 'screening.areas': ['services', 'education', 'health', 'participation', 'leisure', 'culture'] }), freeText);
    exchange(anna, bo);
    for (const doc of [anna, bo]) {
      const areas = read(doc).answers['screening.areas'] as string[];
      expect([...areas].sort()).toEqual(['culture', 'health', 'leisure', 'participation', 'services']);
    }
    expect(read(anna).answers['screening.areas']).toEqual(read(bo).answers['screening.areas']);
  });

  it('merges options ticked at once in a group item’s multiple choice', () => {
    const measures = library.answers['measures.items'] as GroupItem[];
    const first = measures[0]!;
    const base = withAnswers(library, { 'measures.items': [{ ...first, values: { ...first.values, 'measures.item.addresses': [] } }, ...measures.slice(1)] });
    const { anna, bo } = pair(base);
    const tick = (option: string) => withAnswers(base, { 'measures.items': [{ ...first, values: { ...first.values, 'measures.item.addresses': [option] } }, ...measures.slice(1)] });
    const ids = (doc: Y.Doc) => ((read(doc).answers['measures.items'] as GroupItem[])[0]!.values['measures.item.addresses'] as string[]).slice().sort();
    const options = [...new Set(measures.flatMap((m) => (m.values['measures.item.addresses'] as string[] | undefined) ?? []))];
    expect(options.length).toBeGreaterThan(1);
    applyChanges(anna, base, tick(options[0]!), freeText);
    applyChanges(bo, base, tick(options[1]!), freeText);
    exchange(anna, bo);
    expect(ids(anna)).toEqual([options[0]!, options[1]!].sort());
    expect(ids(bo)).toEqual(ids(anna));
  });

  it('keeps the words they typed elsewhere in the same field', () => {
    const base = withAnswers(library, { 'proposal.what': 'Biblioteket stänger på lördagar.' });
    const { anna, bo } = pair(base);
    updateDoc(bo, withAnswers(base, { 'proposal.what': 'Biblioteket i Norrby stänger på lördagar.' }), freeText);
    exchange(anna, bo);
    applyChanges(anna, base, withAnswers(base, { 'proposal.what': 'Biblioteket stänger på lördagar och söndagar.' }), freeText);
    exchange(anna, bo);
    for (const doc of [anna, bo]) expect(read(doc).answers['proposal.what']).toBe('Biblioteket i Norrby stänger på lördagar och söndagar.');
  });

  it('keeps an item they added to a group while an item here is edited and another removed', () => {
    const items = library.answers['groups.items'] as GroupItem[];
    expect(items.length).toBeGreaterThan(2);
    const { anna, bo } = pair(library);
    const added: GroupItem = { id: 'item-bo', values: { ...items[0]!.values, 'groups.item.name': 'Bos grupp' } };
    updateDoc(bo, withAnswers(library, { 'groups.items': [...items, added] }), freeText);
    exchange(anna, bo);
    const edited = { ...items[0]!, values: { ...items[0]!.values, 'groups.item.name': 'Annas namn' } };
    applyChanges(anna, library, withAnswers(library, { 'groups.items': [edited, ...items.slice(2)] }), freeText);
    exchange(anna, bo);
    for (const doc of [anna, bo]) {
      const now = read(doc).answers['groups.items'] as GroupItem[];
      expect(now.map((i) => i.id)).toEqual([edited.id, ...items.slice(2).map((i) => i.id), 'item-bo']);
      expect(now[0]!.values['groups.item.name']).toBe('Annas namn');
    }
  });

  it('writes exactly `next` when no one else wrote, for any two assessments (property)', () => {
    fc.assert(
      fc.property(validAssessment, validAssessment, (base, other) => {
        if (base.questionnaire.id !== other.questionnaire.id) return;
        const text = freeTextOf(questionnaires.find((q) => q.id === base.questionnaire.id)!);
        const next: Assessment = { ...other, revision: base.revision };
        const doc = assessmentToDoc(base, text);
        applyChanges(doc, base, next, text);
        // The same content; an answer added to the document comes after those it had, so key order may differ.
        expect(docToAssessment(doc, base.revision)).toEqual(JSON.parse(JSON.stringify(next)));
      }),
      { numRuns: 100 },
    );
  });
});
