/**
 * "Save as a file": the assessment as JSON, to keep safe outside the browser,
 * move to another computer or send to a colleague. The file name follows
 * the assessment's title.
 */
import { useTranslation } from 'react-i18next';
import { displayName, type Assessment } from '../assessment/assessment';
import type { QuestionnaireFile } from '../questionnaire/schema';
import { exportJson } from '../assessment/export-file';
import { isLanguage } from '../i18n/languages';
import { pdfFileName } from '../report/file-name';
import { downloadText } from './download';

export function JsonButton({ file, assessment }: { file: QuestionnaireFile; assessment: () => Assessment }) {
  const { t, i18n } = useTranslation();
  return (
    <button
      type="button"
      className="button--secondary"
      onClick={() => {
        const current = assessment();
        // Same name as the report, so the two files sit together in a folder.
        const name = pdfFileName(displayName(file, current), isLanguage(i18n.language) ? i18n.language : 'sv').replace(/\.pdf$/, '.json');
        downloadText(name, exportJson(current), 'application/json');
      }}
    >
      {t('export.json')}
    </button>
  );
}
