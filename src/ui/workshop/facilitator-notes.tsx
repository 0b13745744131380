/**
 * Notes for whoever leads a workshop, beside the step they belong to: a
 * suggested time, questions to put to the room and mistakes groups often
 * make. Shown only in workshop mode, and only for a step that has notes.
 */
import { useTranslation } from 'react-i18next';
import { noteId, notesFor } from '../../questionnaire/workshop';
import { useWorkshop } from './workshop-context';

export function FacilitatorNotes({ stepId }: { stepId: string }) {
  const { t } = useTranslation();
  const { enabled, workshop } = useWorkshop();
  const notes = enabled && workshop ? notesFor(workshop, stepId) : undefined;
  if (!notes) return null;
  const key = `content:workshop.${stepId}`;
  return (
    <aside className="facilitator" aria-labelledby="facilitator-heading">
      <h2 id="facilitator-heading">{t('workshop.notesHeading')}</h2>
      <h3>{t('workshop.prompts')}</h3>
      <ul>
        {notes.prompts.map(noteId).map((id) => (
          <li key={id}>{t(`${key}.prompts.${id}`)}</li>
        ))}
      </ul>
      <h3>{t('workshop.pitfalls')}</h3>
      <ul>
        {notes.pitfalls.map(noteId).map((id) => (
          <li key={id}>{t(`${key}.pitfalls.${id}`)}</li>
        ))}
      </ul>
    </aside>
  );
}
