// Drafts when a colleague's edits change the accepted answers under them
// (src/assessment/drafts.ts): what the user typed stays; a field they never
// touched gives way to the colleague's value; a draft left with nothing of
// the user's goes.
import { describe, expect, it } from 'vitest';
import { rebaseDrafts } from '../../../src/assessment/drafts';

describe('rebaseDrafts', () => {
  const before = { 'basics.title': 'Ny bibliotekslokal', 'basics.organisation': 'Kulturförvaltningen', 'proposal.what': 'Flytt.' };

  it('keeps what the user typed and drops what they left as it was accepted', () => {
    const drafts = { basics: { 'basics.title': 'Ny bibliotekslokal', 'basics.organisation': 'Kulturförvaltningen i Storstad', 'basics.committee': '' } };
    const after = { ...before, 'basics.title': 'Nytt bibliotek i Norrby', 'basics.committee': 'Kulturnämnden' };
    expect(rebaseDrafts(drafts, before, after)).toEqual({ basics: { 'basics.organisation': 'Kulturförvaltningen i Storstad' } });
  });

  it('drops a draft with nothing of the user’s left, and leaves drafts alone when nothing changed', () => {
    const drafts = { basics: { 'basics.title': 'Ny bibliotekslokal', 'basics.contact': '', 'basics.groups': [] as string[] } };
    expect(rebaseDrafts(drafts, before, { ...before, 'basics.title': 'Annat' })).toEqual({});
    expect(rebaseDrafts(drafts, before, before)).toBe(drafts);
  });

  it('keeps a value the user typed even when the colleague accepted the same', () => {
    const drafts = { proposal: { 'proposal.what': 'Flytt till Norrby.', 'proposal.why': 'Lokalen är för liten.' } };
    const after = { ...before, 'proposal.what': 'Flytt till Norrby.' };
    expect(rebaseDrafts(drafts, before, after)).toEqual({ proposal: { 'proposal.what': 'Flytt till Norrby.', 'proposal.why': 'Lokalen är för liten.' } });
  });
});
