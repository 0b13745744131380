/**
 * The report's colours, shared by the PDF (styles.ts) and the HTML report
 * (html/css.ts), so both look alike. Each text colour keeps at least 4.5:1
 * on white or on its own background, as on the results page.
 */
import type { Severity, Status } from '../assessment/result';
import type { Tone } from './model/types';
import type { Effect } from './wording';

export const ACCENT = '#1f3a5f';
export const MUTED = '#4a5260';
export const LINE = '#8a94a3';
export const PAPER_ALT = '#f3f5f8';
export const INK = '#1a1a1a';

/** Status and severity colours (text on white ≥ 4.5:1), as on the results page. */
export const STATUS_COLOUR: Record<Status, string> = { met: '#1f6b3a', partly: '#8a4b00', 'not-met': '#a1262b', 'not-relevant': MUTED, 'not-answered': MUTED };
export const SEVERITY_COLOUR: Record<Severity, string> = { high: '#a1262b', medium: '#8a4b00', low: MUTED };
/** Heat-map cells: background and text, each pair ≥ 4.5:1. */
export const EFFECT_COLOUR: Record<Effect, { background: string; color: string }> = {
  'much-worse': { background: '#a1262b', color: '#ffffff' },
  worse: { background: '#f6c9c4', color: INK },
  none: { background: '#eceff3', color: INK },
  better: { background: '#cde8d4', color: INK },
  'much-better': { background: '#1f6b3a', color: '#ffffff' },
  'dont-know': { background: '#fff4cc', color: INK },
  'not-answered': { background: '#ffffff', color: MUTED },
};

/** The text colour of a tone (a status, a severity, an effect's text, muted or the accent). */
export function toneColour(tone: Tone): string {
  if ('status' in tone) return STATUS_COLOUR[tone.status];
  if ('severity' in tone) return SEVERITY_COLOUR[tone.severity];
  if ('effect' in tone) return EFFECT_COLOUR[tone.effect].color;
  return tone.plain === 'muted' ? MUTED : ACCENT;
}
