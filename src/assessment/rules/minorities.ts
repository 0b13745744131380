/**
 * National minorities and the Sami people. When the answers say a national
 * minority is affected, the municipality is to give it influence and, as
 * far as possible, consult it (lagen (2009:724) om nationella minoriteter
 * och minoritetsspråk, 5 §); when the Sami are affected, Sami
 * representatives are to be consulted before a decision in a matter of
 * particular importance to them (lagen (2022:66) om konsultation i frågor
 * som rör det samiska folket, 2 §). A consultation done or planned meets
 * either; for the Sami, so does the answer that the matter is of no
 * particular importance to them. Anything else (no, don't know, no answer)
 * is a finding on recommendation 1: the ordinary decision process.
 */
import type { Ctx } from '../context';
import { single } from '../facts';
import type { Finding } from '../result';
import { finding, type RuleOutcome } from './shared';

const DONE = ['yes', 'planned'];

export function ruleMinorities(ctx: Ctx): RuleOutcome {
  const findings: Finding[] = [];
  const affected = single(ctx, 'national-minorities');
  if (!affected?.tags.includes('national-minority')) return { findings, reasons: [] };
  const minorities = affected.ref;
  const consultation = single(ctx, 'minority-consultation');
  if (consultation && !consultation.tags.some((t) => DONE.includes(t))) {
    findings.push(finding('minority-consultation-missing', 'medium', ['r1'], consultation.ref.stepId, [minorities, consultation.ref]));
  }
  const sami = single(ctx, 'sami-consultation');
  if (affected.tags.includes('sami') && sami && !sami.tags.some((t) => [...DONE, 'not-relevant'].includes(t))) {
    findings.push(finding('sami-consultation-missing', 'high', ['r1'], sami.ref.stepId, [minorities, sami.ref]));
  }
  return { findings, reasons: [] };
}
