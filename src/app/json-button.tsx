/**
 * "Save as a file": the assessment as JSON, to keep safe outside the browser,
 * move to another computer or send to a colleague. The file name follows
 * the assessment's title.
 */
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../assessment/assessment';
import type { QuestionnaireFile } from '../questionnaire/schema';
import { downloadAssessment } from './export-work';

export function JsonButton({ file, assessment }: { file: QuestionnaireFile; assessment: () => Assessment }) {
  const { t, i18n } = useTranslation();
  return (
    <button type="button" className="button--secondary" onClick={() => downloadAssessment(file, assessment(), i18n.language)}>
      {t('export.json')}
    </button>
  );
}
