/**
 * The closing block: the check against the five recommendations as the
 * result states it (statuses, caps, claims the answers do not show), the
 * serious findings left open (with the user's reason when the assessment is
 * completed with them), the overall judgement ("trots att allvarliga
 * brister är öppna" when it goes ahead with them open), and a line that
 * refers to the attached assessment.
 */
import { answered, type Ctx } from '../context';
import type { AssessmentResult, Status } from '../result';
import type { DecisionCode } from './codes';
import { actionSentences } from './audit';
import { optionKey, sentence, source, textOf } from './shared';
import { code } from './codes';
import type { AnswerSource, DecisionSentence } from './types';

/** Statuses in the order they are said; each as `<status>:<count>` in `statuses`. */
const STATUSES: Status[] = ['met', 'partly', 'not-met', 'not-relevant', 'not-answered'];

/** The answered criterion answers of some recommendations: what the check read. */
function criterionSources(ctx: Ctx, result: AssessmentResult, ids?: string[]): AnswerSource[] {
  return result.recommendations
    .filter((r) => !ids || ids.includes(r.id))
    .flatMap((r) => r.criteria)
    .filter((c) => answered(ctx.answers[c.id]))
    .map((c) => ({ question: c.id }));
}

export function recommendationSentences(ctx: Ctx, result: AssessmentResult): DecisionSentence[] {
  const sources = criterionSources(ctx, result);
  if (!sources.length) return [];
  const statuses = STATUSES.map((s) => [s, result.recommendations.filter((r) => r.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${s}:${n}`);
  const out = [sentence('recommendations', { statuses }, sources)];
  const capped = result.recommendations.filter((r) => r.capped);
  if (capped.length) {
    const open = new Set(result.openSerious);
    const findings = capped.flatMap((r) => r.findings.filter((id) => open.has(id)));
    out.push(sentence('recommendations-capped', { count: capped.length }, criterionSources(ctx, result, capped.map((r) => r.id)), findings));
  }
  // Answers the check does not count as given, each said with the reason the result gives (its criterion note).
  const noted = (notes: string[]) =>
    result.recommendations.flatMap((r) => r.criteria).filter((c) => c.note !== undefined && notes.includes(c.note) && answered(ctx.answers[c.id]));
  const say = (which: DecisionCode, notes: string[]) => {
    const criteria = noted(notes);
    if (criteria.length) out.push(sentence(which, { count: criteria.length }, criteria.map((c) => ({ question: c.id }))));
  };
  say('claims-not-shown', ['claimed-not-shown']);
  say('claims-unjustified', ['justification-missing', 'not-relevant-unjustified']);
  say('not-relevant-contradicted', ['not-relevant-contradicted']);
  return out;
}

export function openSentences(ctx: Ctx, result: AssessmentResult): DecisionSentence[] {
  if (result.knownGaps && result.knownGaps.findings.length) {
    const reason = textOf(ctx, 'known-gaps-reason');
    const count = result.knownGaps.findings.length;
    return [reason ? sentence('known-gaps', { count, reason: reason.text }, [reason.source], result.knownGaps.findings) : sentence('known-gaps-no-reason', { count }, [], result.knownGaps.findings)];
  }
  if (result.openSerious.length) return [sentence('open-serious', { count: result.openSerious.length }, [], result.openSerious)];
  return [];
}

const JUDGEMENTS = ['proceed', 'adjust', 'rework', 'reject'];
/** Judgements under which the proposal goes ahead: said with the open serious findings when there are any. */
const GOES_AHEAD = ['proceed', 'adjust'];

export function judgementSentences(ctx: Ctx, result: AssessmentResult): DecisionSentence[] {
  const q = ctx.first('overall-judgement');
  if (!q || typeof q.value !== 'string' || !q.value) return [];
  const tag = JUDGEMENTS.find((j) => ctx.optionTags(q.located, q.value).includes(j));
  const src = [source(q.located)];
  if (tag) {
    const open = GOES_AHEAD.includes(tag) && result.openSerious.length > 0;
    return [sentence(code(`judgement-${tag}${open ? '-open' : ''}`), undefined, src, open ? result.openSerious : [])];
  }
  const key = ctx.option(q.located, q.value) ? optionKey(q.located, q.value) : undefined;
  return key ? [sentence('judgement', { judgementOption: key }, src)] : [];
}

/** The line that refers to the attached assessment, by its title when it has one. */
export function attachmentSentence(ctx: Ctx): DecisionSentence[] {
  // An audit's report is titled by its service (src/report/model/build.ts), so the line names the report that way.
  const service = textOf(ctx, 'meta-service');
  if (service) return [sentence('attachment-service', { service: service.text }, [service.source])];
  const title = textOf(ctx, 'meta-title');
  if (title) return [sentence('attachment', { title: title.text }, [title.source])];
  const judgement = ctx.first('overall-judgement');
  return judgement && answered(judgement.value) ? [sentence('attachment-untitled', undefined, [source(judgement.located)])] : [];
}

export function closingBlock(ctx: Ctx, result: AssessmentResult): DecisionSentence[] {
  return [...recommendationSentences(ctx, result), ...openSentences(ctx, result), ...judgementSentences(ctx, result), ...actionSentences(ctx), ...attachmentSentence(ctx)];
}
