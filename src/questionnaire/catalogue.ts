/**
 * The questionnaires shipped with the app, parsed and checked once at load.
 * The content tests parse the same files, so a bad file fails the build's
 * tests long before it could fail here.
 */
import { orThrow, parseFramework, parseQuestionnaire } from './load';
import type { Framework, QuestionnaireFile } from './schema';
import { shippedFramework, shippedQuestionnaires } from './shipped';

export const framework: Framework = orThrow(parseFramework(shippedFramework), 'framework.json');

/** Every shipped questionnaire, in the order the start screen offers them. */
export const questionnaires: QuestionnaireFile[] = Object.entries(shippedQuestionnaires).map(([name, file]) =>
  orThrow(parseQuestionnaire(file, framework), `${name}.json`),
);

/** The raw shipped files by name (for tools that re-check them). */
export const rawFiles = {
  framework: shippedFramework,
  ...shippedQuestionnaires,
} as const;
