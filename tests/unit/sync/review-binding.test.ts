// The review document (src/sync/review-binding.ts): rounds written and read
// back as they were; a reviewer's verdict and an author's reply written at
// the same time on two devices both survive the merge; a device writes only
// what it changed, so what another wrote meanwhile stays.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Assessment } from '../../../src/assessment/assessment';
import type { ReviewRound } from '../../../src/assessment/after/review';
import { docToReview, onReviewChange, reviewDocIsEmpty, reviewToDoc, withReview, writeReview } from '../../../src/sync/review-binding';

const reviewer = { name: 'Rut Granskare', role: 'folkhälsostrateg' };

const inReview: ReviewRound = {
  reviewer,
  startedAt: '2026-12-01T09:00:00.000Z',
  revision: 7,
  steps: {
    basics: { verdict: 'acceptable', comment: '', at: '2026-12-01T09:05:00.000Z' },
    evidence: { verdict: 'needs-improvement', comment: 'Vilka dialoger fördes med äldre?', at: '2026-12-01T09:10:00.000Z' },
  },
};

const returned: ReviewRound = {
  ...inReview,
  steps: {
    ...inReview.steps,
    evidence: { ...inReview.steps.evidence!, reply: { text: 'Vi träffade pensionärsrådet i maj 🙂.', at: '2026-12-02T08:00:00.000Z' } },
  },
  signOff: { name: 'Rut Granskare', role: 'folkhälsostrateg', date: '2026-12-01', outcome: 'returned', at: '2026-12-01T10:00:00.000Z' },
  resubmittedAt: '2026-12-02T09:00:00.000Z',
};

const approved: ReviewRound = {
  reviewer,
  startedAt: '2026-12-03T09:00:00.000Z',
  revision: 9,
  steps: { evidence: { verdict: 'acceptable', comment: 'Nu är det tydligt.', at: '2026-12-03T09:05:00.000Z' } },
  signOff: { name: 'Rut Granskare', role: '', date: '2026-12-03', outcome: 'approved', at: '2026-12-03T09:30:00.000Z' },
};

/** Two devices starting from the same document, each with its own copy. */
function twoDevices(rounds: ReviewRound[]): [Y.Doc, Y.Doc] {
  const first = reviewToDoc(rounds);
  const second = new Y.Doc();
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
  return [first, second];
}

/** Each device receives what the other wrote (as the server passes it on). */
function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

describe('the review document', () => {
  it('gives back the rounds written into it, oldest first, on this device and on another', () => {
    const rounds = [returned, approved];
    const doc = reviewToDoc(rounds);
    expect(docToReview(doc)).toEqual(rounds);
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(doc));
    expect(docToReview(elsewhere)).toEqual(rounds);
  });

  it('is empty until a review is written, and then reads as no rounds rather than as nothing', () => {
    const doc = new Y.Doc();
    expect(reviewDocIsEmpty(doc)).toBe(true);
    expect(docToReview(doc)).toEqual([]);
    writeReview(doc, [], [inReview]);
    expect(reviewDocIsEmpty(doc)).toBe(false);
  });

  it('keeps the reviewer’s new verdict and the author’s reply made at the same time on two devices', () => {
    const [reviewerDoc, authorDoc] = twoDevices([inReview]);
    // The reviewer gives a verdict on a new step and changes the one on "evidence".
    const byReviewer: ReviewRound = {
      ...inReview,
      steps: {
        ...inReview.steps,
        evidence: { ...inReview.steps.evidence!, verdict: 'acceptable', comment: 'Vilka dialoger fördes med äldre? Nu besvarat.', at: '2026-12-01T11:00:00.000Z' },
        consequences: { verdict: 'needs-improvement', comment: 'Beskriv följderna för skolbarn.', at: '2026-12-01T11:01:00.000Z' },
      },
    };
    writeReview(reviewerDoc, [inReview], [byReviewer]);
    // Meanwhile the author, on the round as it was, answers the comment on "evidence".
    const byAuthor: ReviewRound = {
      ...inReview,
      steps: { ...inReview.steps, evidence: { ...inReview.steps.evidence!, reply: { text: 'Se bilaga 2.', at: '2026-12-01T11:00:30.000Z' } } },
    };
    writeReview(authorDoc, [inReview], [byAuthor]);
    exchange(reviewerDoc, authorDoc);

    const merged = docToReview(reviewerDoc)!;
    expect(docToReview(authorDoc)).toEqual(merged);
    expect(merged[0]!.steps.evidence).toEqual({
      verdict: 'acceptable',
      comment: 'Vilka dialoger fördes med äldre? Nu besvarat.',
      at: '2026-12-01T11:00:00.000Z',
      reply: { text: 'Se bilaga 2.', at: '2026-12-01T11:00:30.000Z' },
    });
    expect(merged[0]!.steps.consequences?.comment).toBe('Beskriv följderna för skolbarn.');
    expect(merged[0]!.steps.basics).toEqual(inReview.steps.basics);
  });

  it('keeps a sign-off and a reply on another step made at the same time', () => {
    const [reviewerDoc, authorDoc] = twoDevices([inReview]);
    writeReview(reviewerDoc, [inReview], [{ ...inReview, signOff: returned.signOff! }]);
    writeReview(authorDoc, [inReview], [{ ...inReview, steps: { ...inReview.steps, basics: { ...inReview.steps.basics!, reply: { text: 'Tack.', at: '2026-12-01T10:01:00.000Z' } } } }]);
    exchange(reviewerDoc, authorDoc);
    const round = docToReview(authorDoc)![0]!;
    expect(round.signOff).toEqual(returned.signOff);
    expect(round.steps.basics?.reply?.text).toBe('Tack.');
  });

  it('writes only what the device changed: a step another added meanwhile stays', () => {
    const [reviewerDoc, authorDoc] = twoDevices([inReview]);
    const added: ReviewRound = { ...inReview, steps: { ...inReview.steps, measures: { verdict: 'acceptable', comment: 'Bra.', at: '2026-12-01T12:00:00.000Z' } } };
    writeReview(reviewerDoc, [inReview], [added]);
    exchange(reviewerDoc, authorDoc);
    // The author's device had not yet taken the new step when it wrote its reply.
    writeReview(authorDoc, [inReview], [{ ...inReview, steps: { ...inReview.steps, evidence: { ...inReview.steps.evidence!, reply: { text: 'Klart.', at: '2026-12-01T12:01:00.000Z' } } } }]);
    const round = docToReview(authorDoc)![0]!;
    expect(round.steps.measures?.comment).toBe('Bra.');
    expect(round.steps.evidence?.reply?.text).toBe('Klart.');
  });

  it('removes a verdict taken back and a reply emptied, and adds a new round after the earlier ones', () => {
    const doc = reviewToDoc([returned]);
    const { reply: _reply, ...withoutReply } = returned.steps.evidence!;
    const { basics: _basics, ...rest } = returned.steps;
    const next = [{ ...returned, steps: { ...rest, evidence: withoutReply } }, approved];
    writeReview(doc, [returned], next);
    expect(docToReview(doc)).toEqual(next);
  });

  it('edits a comment in place, so words another typed elsewhere in it stay', () => {
    const [a, b] = twoDevices([inReview]);
    const comment = inReview.steps.evidence!.comment;
    const edit = (text: string): ReviewRound[] => [{ ...inReview, steps: { ...inReview.steps, evidence: { ...inReview.steps.evidence!, comment: text } } }];
    writeReview(a, [inReview], edit(`Först: ${comment}`));
    writeReview(b, [inReview], edit(`${comment} Och yngre?`));
    exchange(a, b);
    expect(docToReview(a)![0]!.steps.evidence?.comment).toBe(`Först: ${comment} Och yngre?`);
  });

  it('reads nothing from a document it cannot check (a newer version wrote a verdict this one does not know)', () => {
    const doc = reviewToDoc([inReview]);
    const steps = (doc.getMap('rounds').get('0') as Y.Map<unknown>).get('steps') as Y.Map<Y.Map<unknown>>;
    steps.get('basics')!.set('verdict', 'excellent');
    expect(docToReview(doc)).toBeUndefined();
  });

  it('tells of changes that came from elsewhere, not of the device’s own', () => {
    const [a, b] = twoDevices([inReview]);
    let told = 0;
    const stop = onReviewChange(a, () => (told += 1));
    writeReview(a, [inReview], [returned]);
    expect(told).toBe(0);
    writeReview(b, [inReview], [approved]);
    exchange(a, b);
    expect(told).toBe(1);
    stop();
  });
});

describe('withReview', () => {
  const assessment = { id: 'a-1', review: [inReview] } as unknown as Assessment;

  it('is the same assessment when its rounds are the document’s, whatever the order of their fields', () => {
    const reordered = JSON.parse(JSON.stringify(docToReview(reviewToDoc([inReview])))) as ReviewRound[];
    expect(withReview(assessment, reordered)).toBe(assessment);
  });

  it('takes the document’s rounds when they differ', () => {
    expect(withReview(assessment, [returned, approved]).review).toEqual([returned, approved]);
  });
});
