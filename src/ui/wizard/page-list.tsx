/**
 * The parts of a paged step (its groups, or the five recommendations, then
 * the overview) as a short list of buttons before the page's fields: each
 * part's name and state, `aria-current` on the one on screen. Any part can
 * be opened at any time; the form keeps what was typed on the others.
 */
import { useTranslation } from 'react-i18next';
import type { Page } from '../../machine/pages';
import type { PageLabels } from './page-label';
import './page-list.css';

export type PageState = 'not-started' | 'in-progress' | 'done';

// Literal keys, so every text is found in the source.
const STATE_KEYS: Record<PageState, string> = {
  'not-started': 'wizard.pageStatus.not-started',
  'in-progress': 'wizard.pageStatus.in-progress',
  done: 'wizard.pageStatus.done',
};

interface Props {
  pages: Page[];
  current: Page;
  labels: PageLabels;
  /** The state of a part (the overview has none). */
  state: (page: Page) => PageState;
  onGoto: (pageId: string) => void;
}

export function PageList({ pages, current, labels, state, onGoto }: Props) {
  const { t } = useTranslation();
  return (
    <nav className="page-list" aria-label={t('wizard.pageListLabel')}>
      <ol>
        {pages.map((page) => {
          const here = page.id === current.id;
          const status = page.kind === 'overview' ? undefined : state(page);
          return (
            <li key={page.id} className={`page-list__item${status ? ` page-list__item--${status}` : ''}`}>
              <button
                type="button"
                className="page-list__button"
                aria-current={here ? 'page' : undefined}
                onClick={() => {
                  if (!here) onGoto(page.id);
                }}
              >
                <span className="page-list__title">{labels.title(page)}</span>{' '}
                {status && <span className={`page-list__state status status--${status}`}>{t(STATE_KEYS[status])}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
