/**
 * Moving through the debrief one part at a time, so each part fits one
 * projected screen: the parts as buttons (the shown one `aria-current`,
 * a part where the groups differ marked in words), previous and next, and
 * "Show all parts" for reading through or printing (print always shows all).
 */
import { useTranslation } from 'react-i18next';
import type { DebriefPart, PartCount } from './debrief-parts';

interface Props {
  parts: readonly DebriefPart[];
  counts: PartCount[];
  /** The part shown, or 'all'. */
  shown: DebriefPart | 'all';
  onShow: (part: DebriefPart | 'all') => void;
}

export function PartNav({ parts, counts, shown, onShow }: Props) {
  const { t } = useTranslation();
  const at = shown === 'all' ? -1 : parts.indexOf(shown);
  const previous = at > 0 ? parts[at - 1] : undefined;
  const next = at >= 0 && at < parts.length - 1 ? parts[at + 1] : undefined;
  return (
    <nav className="compare__nav" aria-label={t('compare.partsLabel')}>
      <ol className="compare__part-list">
        {parts.map((part) => {
          const differ = counts.find((c) => c.part === part)?.differ ?? 0;
          return (
            <li key={part}>
              <button type="button" className="compare__part-button" aria-current={shown === part ? 'true' : undefined} onClick={() => onShow(part)}>
                {t(`compare.part.${part}`)}
                {differ > 0 && <span className="compare__part-differ"> ({t('compare.partDiffers', { count: differ })})</span>}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="compare__steps">
        {previous && (
          <button type="button" className="button--secondary" onClick={() => onShow(previous)}>
            {t('compare.previous', { part: t(`compare.part.${previous}`) })}
          </button>
        )}
        {next && (
          <button type="button" className="button--primary" onClick={() => onShow(next)}>
            {t('compare.next', { part: t(`compare.part.${next}`) })}
          </button>
        )}
        <button type="button" className="button--secondary" aria-pressed={shown === 'all'} onClick={() => onShow(shown === 'all' ? (parts[0] ?? 'all') : 'all')}>
          {t('compare.showAll')}
        </button>
      </div>
    </nav>
  );
}
