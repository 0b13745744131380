/**
 * The decision text: `decisionText()` makes the blocks of the
 * konsekvensbeskrivning (see `./types.ts`) and the short variant from an
 * assessment and its result. Pure, like `evaluate()`: it reads answers by
 * semantic tag (never by question id, so every questionnaire on the engine
 * works) and the `AssessmentResult` (never recomputing a status), and
 * returns codes with parameters and sources; `src/i18n/decision-text.ts`
 * words them.
 */
import type { Answers } from '../../questionnaire/answers';
import type { Framework, QuestionnaireFile } from '../../questionnaire/schema';
import { createContext } from '../context';
import type { AssessmentResult } from '../result';
import { childrenBlock } from './children';
import { closingBlock } from './closing';
import { equalityBlock } from './equality';
import { genderBlock } from './gender';
import { lawfulnessBlock } from './lawfulness';
import { measuresBlock } from './measures';
import { shortText } from './short';
import { DECISION_BLOCKS, type DecisionBlock, type DecisionBlockId, type DecisionSentence, type DecisionText } from './types';

export * from './types';

export function decisionText(file: QuestionnaireFile, framework: Framework, answers: Answers, result: AssessmentResult): DecisionText {
  const ctx = createContext(file, framework, answers);
  const made: Record<DecisionBlockId, DecisionSentence[]> = {
    equality: equalityBlock(ctx, result),
    children: childrenBlock(ctx, result),
    gender: genderBlock(ctx, result),
    lawfulness: lawfulnessBlock(ctx, result),
    measures: measuresBlock(ctx, result),
    closing: closingBlock(ctx, result),
  };
  const blocks: DecisionBlock[] = DECISION_BLOCKS.filter((id) => made[id].length > 0).map((id) => ({ id, sentences: made[id] }));
  return { ...(file.subject === 'service' ? { subject: 'service' as const } : {}), blocks, short: shortText(ctx, blocks) };
}
