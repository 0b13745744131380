/**
 * The "konsekvensbeskrivning": 5–10 plain sentences for the official's
 * decision memo (tjänsteskrivelse), made from an assessment: what it
 * concerns, the screening, who is affected and how, children, what is done
 * about it, what remains open, the check against the five recommendations,
 * the follow-up, the overall judgement and the remaining uncertainty.
 *
 * Pure, like `evaluate()`: it reads the answers by semantic tag (never by a
 * questionnaire's question ids, so it works for every questionnaire on the
 * engine) and the `AssessmentResult` (never recomputing it), and returns
 * codes with parameters. Each reader words them in its own language with
 * `renderSentence` (src/i18n/sentences.ts), from `ui:summaryText.<code>`.
 *
 * Parameter conventions, by the parameter's name:
 * - `count`: a number that picks the `_one` / `_other` text.
 * - a `string[]` whose name does not end in `Dimensions` (`groups`,
 *   `measures`, `indicators`): names the user wrote. The reader quotes each
 *   (`ui:summaryText.quote`) and joins them with `Intl.ListFormat`
 *   (conjunction). Lists are capped at `MAX_NAMES`; `<name>More` then holds
 *   how many were left out, and the reader adds "and N more"
 *   (`ui:summaryText.more`) as the last item.
 * - `…Dimensions` (`string[]`): QUESTION ids of consequence dimensions. The
 *   reader shows the short noun `ui:summaryText.dimensions.<question id>`
 *   (the questions' own labels are whole questions, which do not fit in a
 *   sentence), falling back to `content:questions.<id>.label`, and joins
 *   them unquoted.
 * - `…Date`: an ISO date (`2027-03-01`); the reader formats it with
 *   `Intl.DateTimeFormat` in its language (long style).
 * - `…Option`: the text key of a chosen option in the `content` namespace
 *   (`options.<question id>.<option id>` or `optionSets.<set>.<option id>`),
 *   the same form as `answerList`'s `{ key }`; the reader shows
 *   `content:<key>`. (Judgements whose option carries a known tag get their
 *   own sentence code instead, e.g. `judgement-adjust`.)
 * - any other string: the user's own words (title, justification,
 *   uncertainties), whitespace collapsed and a closing full stop removed,
 *   shown as they are. Any other number: a number.
 */
import type { Answers } from '../questionnaire/answers';
import type { Framework, QuestionnaireFile } from '../questionnaire/schema';
import { createContext } from './context';
import type { AssessmentResult } from './result';
import { effectSentences } from './summary/effects';
import { actionSentences, closingSentences, openingSentences } from './summary/parts';
import type { Candidate } from './summary/shared';

export interface SummarySentence {
  /** Text key `ui:summaryText.<code>`. */
  code: string;
  params?: Record<string, string | number | string[]>;
}

/** Never more sentences than this. */
export const MAX_SENTENCES = 10;

/**
 * The sentences of the konsekvensbeskrivning, in reading order. An
 * assessment with little in it (no further analysis, or hardly answered)
 * yields fewer than five; otherwise 5–10. When more would apply, the least
 * telling ones (by their drop rank) are left out, latest first.
 */
export function consequenceSummary(file: QuestionnaireFile, framework: Framework, answers: Answers, result: AssessmentResult): SummarySentence[] {
  const ctx = createContext(file, framework, answers);
  const candidates: Candidate[] = [
    ...openingSentences(ctx, result),
    ...effectSentences(ctx, result),
    ...actionSentences(ctx, result),
    ...closingSentences(ctx, result),
  ];
  while (candidates.length > MAX_SENTENCES) {
    const worst = candidates.reduce((w, c, i) => (c.drop >= candidates[w]!.drop ? i : w), 0);
    candidates.splice(worst, 1);
  }
  return candidates.map((c) => c.sentence);
}
