/**
 * An assessment and the organisation's question packs (src/questionnaire/pack.ts).
 *
 * An assessment records the packs it is answered with, by id and version
 * (`questionnaire.packs`). A new assessment takes every pack in use that
 * adds to its questionnaire; after that its packs change only with what this
 * copy of the app has:
 *
 * - the same version here: nothing changes;
 * - another version here: the assessment moves to it, and what the other
 *   version cannot hold (a removed question or option) is set aside;
 * - none here (a file from another organisation, a pack removed): the pack
 *   is dropped and all its answers are set aside.
 *
 * Set aside means kept in `earlierAnswers`, labelled with the pack and the
 * version they were given under, shown on the review page and in every
 * report and exported with the file, as answers from an earlier version of
 * the questionnaire are (earlier.ts). Pure.
 */
import type { Answers } from '../questionnaire/answers';
import { applyPacks, inPack, packRefs, type ContentPack } from '../questionnaire/pack';
import type { Framework, QuestionnaireFile } from '../questionnaire/schema';
import type { Assessment, EarlierAnswers, PackRef } from './assessment';
import { adoptContentVersion, splitAnswers } from './earlier';

/** The packs of `available` that `refs` name by id and version, in the order of `refs`. */
function packsOf(available: readonly ContentPack[], refs: readonly PackRef[] | undefined): ContentPack[] {
  return (refs ?? []).flatMap((ref) => available.filter((p) => p.id === ref.id && p.version === ref.version));
}

/** `base` with the packs `refs` names that `available` holds in that version. */
export function withPacks(base: QuestionnaireFile, available: readonly ContentPack[], refs: readonly PackRef[] | undefined): QuestionnaireFile {
  return applyPacks(base, packsOf(available, refs));
}

/** The packs a new assessment of `base` is answered with: every one in use that adds to it. */
export function packsForNew(base: QuestionnaireFile, available: readonly ContentPack[]): PackRef[] {
  return packRefs(available.filter((p) => p.questionnaires.includes(base.id)));
}

/** The answers that belong to pack `id`. */
function answersOf(answers: Answers, id: string): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([question]) => inPack(id, question)));
}

/**
 * The assessment moved to the packs this copy has (see the top of the file).
 * The questionnaire it is then answered with is `withPacks(base, available,
 * result.questionnaire.packs)`. Returns `assessment` itself when nothing
 * changes, so a caller can tell.
 */
export function adoptPacks(base: QuestionnaireFile, framework: Framework, available: readonly ContentPack[], assessment: Assessment): Assessment {
  const refs = assessment.questionnaire.packs;
  if (!refs?.length || assessment.questionnaire.id !== base.id) return assessment;
  const usable = available.filter((p) => p.questionnaires.includes(base.id));
  const kept: PackRef[] = [];
  const aside: EarlierAnswers[] = [];
  let answers = assessment.answers;
  for (const ref of refs) {
    const here = usable.find((p) => p.id === ref.id);
    if (here?.version === ref.version) {
      kept.push(ref);
      continue;
    }
    const own = answersOf(answers, ref.id);
    let split: { kept: Answers; aside: Answers } = { kept: {}, aside: own };
    if (here) {
      kept.push({ id: here.id, version: here.version });
      // Judged against the questionnaire with the packs kept so far and this one's new version.
      split = splitAnswers(withPacks(base, usable, kept), framework, own);
    }
    answers = { ...Object.fromEntries(Object.entries(answers).filter(([id]) => !inPack(ref.id, id))), ...split.kept };
    if (Object.keys(split.aside).length) aside.push({ contentVersion: ref.version, pack: ref.id, answers: split.aside });
  }
  if (kept.length === refs.length && kept.every((r, i) => r.version === refs[i]!.version) && !aside.length) return assessment;
  const { packs: _old, ...questionnaire } = assessment.questionnaire;
  return {
    ...assessment,
    questionnaire: { ...questionnaire, ...(kept.length ? { packs: kept } : {}) },
    answers,
    earlierAnswers: [...assessment.earlierAnswers, ...aside],
  };
}

/**
 * The assessment on the questionnaire this copy has: its packs adopted, then
 * the questionnaire's own version (earlier.ts), judged against the
 * questionnaire with its packs. Gives the questionnaire to use with it.
 */
export function adoptQuestionnaire(
  base: QuestionnaireFile,
  framework: Framework,
  available: readonly ContentPack[],
  assessment: Assessment,
): { assessment: Assessment; file: QuestionnaireFile } {
  const withOwnPacks = adoptPacks(base, framework, available, assessment);
  const file = withPacks(base, available, withOwnPacks.questionnaire.packs);
  return { assessment: adoptContentVersion(file, framework, withOwnPacks), file };
}
