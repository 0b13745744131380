/**
 * How a plan's part is named on screen: the titles of its steps (a slot
 * may name two, of which a group does those its branch takes) or the
 * activity's title, from the content texts.
 */
import { useTranslation } from 'react-i18next';
import type { PlanPart } from '../../questionnaire/workshop';

export function usePartTitle(): (part: PlanPart) => string {
  const { t } = useTranslation();
  return (part) => ('steps' in part ? part.steps.map((id) => t(`content:steps.${id}.title`)).join(' / ') : t(`content:workshop.activities.${part.activity}.title`));
}
