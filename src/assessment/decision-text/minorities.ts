/**
 * The national minorities and the Sami, in the equality block: which
 * minorities the answers say are affected (or that none is, or that it is
 * not known), whether they were consulted and how (the user's own words),
 * and the answer on consulting the Sami. "No consultation" is said only when
 * the answer is no; a missing answer says nothing. The sentences carry the
 * findings that a consultation is missing (rules/minorities.ts).
 */
import type { Ctx } from '../context';
import type { AssessmentResult } from '../result';
import { sentence, source, textOf } from './shared';
import { code } from './codes';
import type { DecisionSentence } from './types';

const findingIds = (result: AssessmentResult, findingCode: string) => result.findings.filter((f) => f.code === findingCode).map((f) => f.id);

/** The role of a consultation answer by its option tags; undefined when unanswered or untagged. */
function role(tags: string[]): string | undefined {
  for (const [tag, name] of [['yes', 'yes'], ['planned', 'planned'], ['no', 'no'], ['not-relevant', 'not-relevant'], ['dont-know', 'unknown']] as const) {
    if (tags.includes(tag)) return name;
  }
  return undefined;
}

export function minoritySentences(ctx: Ctx, result: AssessmentResult): DecisionSentence[] {
  const affected = ctx.first('national-minorities');
  if (!affected) return [];
  const value = affected.value;
  const chosen = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];
  const out: DecisionSentence[] = [];
  const from = source(affected.located);
  const minorities = chosen.filter((id) => ctx.optionTags(affected.located, [id]).includes('national-minority'));
  // Named by option id, worded by `decisionText.minorityNames.<id>`: an option's own text starts with a capital that Swedish drops in running text and English keeps.
  if (minorities.length) out.push(sentence('minorities', { count: minorities.length, minorities }, [from]));
  else {
    const tags = ctx.optionTags(affected.located, chosen);
    if (tags.includes('none')) out.push(sentence('minorities-none', undefined, [from]));
    else if (tags.includes('dont-know')) out.push(sentence('minorities-unknown', undefined, [from]));
    return out;
  }

  const consultation = ctx.first('minority-consultation');
  const how = textOf(ctx, 'minority-consultation-how');
  const said = consultation ? role(ctx.optionTags(consultation.located, consultation.value)) : undefined;
  const missing = findingIds(result, 'minority-consultation-missing');
  if (consultation && said && said !== 'not-relevant') {
    const withHow = how && (said === 'yes' || said === 'planned');
    out.push(
      withHow
        ? sentence(code(`minority-consultation-${said}-how`), { how: how.text }, [source(consultation.located), how.source], missing)
        : sentence(code(`minority-consultation-${said}`), undefined, [source(consultation.located)], missing),
    );
  }

  const sami = ctx.first('sami-consultation');
  const samiSaid = sami ? role(ctx.optionTags(sami.located, sami.value)) : undefined;
  if (sami && samiSaid) out.push(sentence(code(`sami-consultation-${samiSaid}`), undefined, [source(sami.located)], findingIds(result, 'sami-consultation-missing')));
  return out;
}
