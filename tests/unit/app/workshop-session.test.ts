// The running workshop as data, with the time given (fake time): the timer
// counts down from the part's minutes, a pause stops it and a resume goes
// on from there, a new part starts at zero and keeps the timer's state, the
// clock shows an overrun as "+m:ss", and a newer state wins over an older
// one. The store keeps the state in localStorage and takes another window's
// newer state from the `storage` event.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { workshop } from '../../../src/questionnaire/catalogue';
import { planFor, type Plan } from '../../../src/questionnaire/workshop';
import { clock, elapsed, gotoPart, isRunning, newer, parseSession, pause, resume, showStep, startSession, timeLeft } from '../../../src/app/workshop-session';

const plan: Plan = planFor(workshop, 'proposal', 90)!;
const T0 = Date.UTC(2026, 11, 5, 9, 0, 0);
const MIN = 60_000;
const start = () => startSession({ questionnaire: 'proposal', caseId: 'library', minutes: 90, lang: 'en' }, T0);

describe('the workshop timer', () => {
  it('counts down the first part from its minutes', () => {
    const s = start();
    expect(s.part).toBe(0);
    expect(isRunning(s)).toBe(true);
    expect(timeLeft(s, plan, T0)).toBe(plan.parts[0]!.minutes * MIN);
    expect(timeLeft(s, plan, T0 + 90_500)).toBe(plan.parts[0]!.minutes * MIN - 90_500);
  });

  it('stops while paused and goes on from there after a resume', () => {
    const paused = pause(start(), T0 + 2 * MIN);
    expect(isRunning(paused)).toBe(false);
    expect(elapsed(paused, T0 + 30 * MIN)).toBe(2 * MIN);
    const resumed = resume(paused, T0 + 30 * MIN);
    expect(elapsed(resumed, T0 + 31 * MIN)).toBe(3 * MIN);
    // Pausing twice or resuming a running timer changes nothing.
    expect(pause(paused, T0 + 40 * MIN)).toBe(paused);
    expect(resume(resumed, T0 + 40 * MIN)).toBe(resumed);
  });

  it('starts each part at zero, keeps a paused timer paused, and stays within the plan', () => {
    const running = gotoPart(start(), plan, 1, T0 + 12 * MIN);
    expect(running.part).toBe(1);
    expect(timeLeft(running, plan, T0 + 12 * MIN)).toBe(plan.parts[1]!.minutes * MIN);
    const paused = gotoPart(pause(running, T0 + 13 * MIN), plan, 2, T0 + 14 * MIN);
    expect(isRunning(paused)).toBe(false);
    expect(timeLeft(paused, plan, T0 + 60 * MIN)).toBe(plan.parts[2]!.minutes * MIN);
    expect(gotoPart(paused, plan, 99, T0).part).toBe(plan.parts.length - 1);
    expect(gotoPart(paused, plan, -3, T0).part).toBe(0);
  });

  it('forgets the projected step when the part changes', () => {
    const s = showStep(start(), 'screening');
    expect(s.step).toBe('screening');
    expect(gotoPart(s, plan, 1, T0).step).toBeNull();
  });

  it('shows minutes and seconds left, "0:00" at the end, and an overrun with a plus', () => {
    expect(clock(10 * MIN)).toEqual({ text: '10:00', over: false });
    expect(clock(61_001)).toEqual({ text: '1:02', over: false });
    expect(clock(0)).toEqual({ text: '0:00', over: false });
    expect(clock(-130_400)).toEqual({ text: '+2:10', over: true });
    const s = start();
    expect(clock(timeLeft(s, plan, T0 + plan.parts[0]!.minutes * MIN + 130_000)).text).toBe('+2:10');
  });

  it('takes the newer of two states, and nothing that is not a session', () => {
    const a = { ...start(), seq: 3 };
    const b = { ...a, part: 2, seq: 4 };
    expect(newer(a, b)).toBe(b);
    expect(newer(b, a)).toBe(b);
    expect(parseSession(JSON.parse(JSON.stringify(b)))).toEqual(b);
    expect(parseSession({ ...b, minutes: 75 })).toBeUndefined();
    expect(parseSession('a workshop')).toBeUndefined();
  });
});

describe('the workshop in this browser', () => {
  afterEach(() => {
    localStorage.clear();
    vi.resetModules();
  });

  it('keeps the state in localStorage and follows a newer state from another window', async () => {
    const store = await import('../../../src/app/workshop-session-store');
    store.updateSession((_, now) => startSession({ questionnaire: 'proposal', caseId: null, minutes: 60, lang: 'sv' }, now));
    const saved = parseSession(JSON.parse(localStorage.getItem('jamlikhetskollen.workshop-session.v1')!));
    expect(saved?.minutes).toBe(60);

    // Another window moved on: its state arrives through the storage event.
    const other = { ...saved!, part: 3, seq: saved!.seq + 5 };
    window.dispatchEvent(new StorageEvent('storage', { key: 'jamlikhetskollen.workshop-session.v1', newValue: JSON.stringify(other) }));
    expect(store.getSession()?.part).toBe(3);
    // An older one does not take it back.
    window.dispatchEvent(new StorageEvent('storage', { key: 'jamlikhetskollen.workshop-session.v1', newValue: JSON.stringify({ ...other, part: 1, seq: 0 }) }));
    expect(store.getSession()?.part).toBe(3);

    // Ending it removes it here and in storage.
    store.updateSession(() => undefined);
    expect(store.getSession()).toBeUndefined();
    expect(localStorage.getItem('jamlikhetskollen.workshop-session.v1')).toBeNull();
  });
});
