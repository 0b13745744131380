/**
 * The words for the pages of a step (src/machine/pages.ts): what a page is
 * called ("Äldre utan dator", "Rekommendation 2", "Översikt"), where it sits
 * ("Grupp 2 av 4"), and the part the step's heading adds for it. The page's
 * kind decides, never the step: an item is named by the user's own label or
 * the content's noun for the group it belongs to.
 */
import { useTranslation } from 'react-i18next';
import type { Page } from '../../machine/pages';
import { groupItems, type Answers } from '../../questionnaire/answers';
import type { Framework, QuestionnaireFile, Step } from '../../questionnaire/schema';
import { useItemTitle } from '../fields/item-title';

export interface PageLabels {
  /** The page's own name: the item's name, the recommendation's number, or "Översikt". */
  title: (page: Page) => string;
  /** "Grupp 2 av 4", "Rekommendation 3 av 5"; undefined for the overview and a whole step. */
  position: (page: Page) => string | undefined;
  /** What the step's h1 adds for the page: "Äldre utan dator (grupp 2 av 4)". */
  headingPart: (page: Page) => string | undefined;
}

/** The field of the group's items that names them (the group's `itemLabel`). */
function labelField(file: QuestionnaireFile, groupId: string): string {
  const group = file.steps.flatMap((s) => (s.kind === 'recommendation-check' ? [] : s.questions)).find((q) => q.id === groupId);
  return group?.type === 'group' ? group.itemLabel : '';
}

const lowerFirst = (text: string, lang: string) => text.charAt(0).toLocaleLowerCase(lang) + text.slice(1);

/** `step` may be missing (no step on screen): every page then has no words. */
export function usePageLabels(file: QuestionnaireFile, framework: Framework, step: Step | undefined, answers: Answers): PageLabels {
  const { t, i18n } = useTranslation();
  const itemTitle = useItemTitle();
  const groupId = step?.kind === 'per-item' ? step.of : '';
  const items = groupId ? groupItems(answers[groupId]) : [];
  const field = groupId ? labelField(file, groupId) : '';
  const itemIndex = (page: Page) => (page.kind === 'item' ? items.findIndex((i) => i.id === page.itemId) : -1);
  const recNumber = (page: Page) =>
    page.kind === 'recommendation' ? framework.recommendations.find((r) => r.id === page.recommendationId)?.number : undefined;

  const title = (page: Page): string => {
    if (page.kind === 'item') {
      const index = itemIndex(page);
      return itemTitle(groupId, Math.max(index, 0), String(items[index]?.values[field] ?? ''));
    }
    if (page.kind === 'recommendation') return t('wizard.recommendationPage', { number: recNumber(page) });
    return page.kind === 'overview' ? t('wizard.overview') : '';
  };

  const position = (page: Page): string | undefined => {
    // The noun with its number, never the user's label: "Grupp 2 av 4".
    if (page.kind === 'item') return t('wizard.pageOf', { title: itemTitle(groupId, Math.max(itemIndex(page), 0)), total: items.length });
    if (page.kind === 'recommendation') {
      return t('wizard.pageOf', { title: t('wizard.recommendationPage', { number: recNumber(page) }), total: framework.recommendations.length });
    }
    return undefined;
  };

  const headingPart = (page: Page): string | undefined => {
    const where = position(page);
    if (page.kind === 'overview') return title(page);
    if (!where) return undefined;
    const name = title(page);
    // An item without a name of its own is already called by its number ("Grupp 2"): say it once.
    const named = page.kind === 'item' && name !== itemTitle(groupId, Math.max(itemIndex(page), 0));
    return named ? t('wizard.headingPart', { name, position: lowerFirst(where, i18n.language) }) : where;
  };

  return { title, position, headingPart };
}
