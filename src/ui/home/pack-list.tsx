/**
 * The question packs on this device, below the file field that reads them
 * in: the organisation's (from its profile) and those imported here, each by
 * id and version, with whether it is in use. An imported pack can be
 * removed; the organisation's cannot (its profile decides). Shown only when
 * there is at least one. After a removal, focus moves to the heading, as the
 * button pressed is gone, and the message says what changed.
 */
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface PackListItem {
  id: string;
  version: string;
  source: 'organisation' | 'imported';
  clashesWith?: string;
  unreadable?: boolean;
}

interface Props {
  packs: readonly PackListItem[];
  /** The organisation's name in the active language, when it has a profile. */
  organisation: string | undefined;
  /** The pack just removed, for the message. */
  removed: string | undefined;
  onRemove: (id: string) => void;
}

export function PackList({ packs, organisation, removed, onRemove }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  if (!packs.length && !removed) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="packs">
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('importFile.packs.heading')}
      </h2>
      <p>{t('importFile.packs.intro')}</p>
      {removed && <output className="notice">{t('importFile.packs.removed', { pack: removed })}</output>}
      {packs.length > 0 && (
        <ul className="saved">
          {packs.map((pack) => (
            <li key={`${pack.source} ${pack.id}`} className="saved__item">
              <h3 className="saved__name">{pack.version ? t('importFile.packs.item', { pack: pack.id, version: pack.version }) : pack.id}</h3>
              <p className="saved__meta">
                {pack.source === 'organisation' && organisation ? t('importFile.packs.fromOrganisation', { organisation }) : t('importFile.packs.imported')}
                {pack.clashesWith && <> {t('importFile.packs.clash', { other: pack.clashesWith })}</>}
                {pack.unreadable && <> {t('importFile.packs.unreadable')}</>}
              </p>
              {pack.source === 'imported' && (
                <div className="saved__actions">
                  <button
                    type="button"
                    className="button--warning"
                    aria-label={t('importFile.packs.remove', { pack: pack.id })}
                    onClick={() => {
                      heading.current?.focus();
                      onRemove(pack.id);
                    }}
                  >
                    {t('saved.delete')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
