/**
 * The hand-ins of a workshop session on the sync server, in the debrief
 * beside the files: the session's code (typed when this device does not
 * know it), how many groups have handed in (a polite live region, so the
 * count is heard as it grows), their names, and one button that adds to the
 * comparison those not yet in it. Texts only; the page reads the server.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { showWorkshopCode } from '../../sync/workshop-code';
import type { CollectionState } from '../../sync/workshop-trainer';
import { CodeField } from '../workshop/code-field';

interface Props {
  code: string | undefined;
  state: CollectionState;
  /** The groups that have handed in, by name, and whether each is in the comparison. */
  groups: { id: string; name: string; added: boolean }[];
  onCode: (code: string) => void;
  onAdd: () => void;
}

export function ServerHandIns({ code, state, groups, onCode, onAdd }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const waiting = groups.filter((g) => !g.added).length;
  return (
    <section className="server-hand-ins" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('workshopServer.debrief.heading')}</h2>
      {!code ? (
        <>
          <p>{t('workshopServer.debrief.askCode')}</p>
          <CodeField submitLabel={t('workshopServer.debrief.read')} onCode={onCode} />
        </>
      ) : (
        <>
          <p>
            {t('workshopServer.codeIs')} <strong translate="no">{showWorkshopCode(code)}</strong>
          </p>
          <p>
            <output aria-live="polite">
              {state === 'refused'
                ? t('workshopServer.state.refused')
                : state === 'offline'
                  ? t('workshopServer.state.offline')
                  : state !== 'synced'
                    ? t('workshopServer.state.connecting')
                    : groups.length === 0
                      ? t('workshopServer.countNone')
                      : t('workshopServer.count', { count: groups.length })}
            </output>
          </p>
          {groups.length > 0 && (
            <ul>
              {groups.map((g) => (
                <li key={g.id}>{g.added ? t('workshopServer.debrief.added', { name: g.name }) : g.name}</li>
              ))}
            </ul>
          )}
          {waiting > 0 && (
            <button type="button" className="button--secondary" onClick={onAdd}>
              {t('workshopServer.debrief.add', { count: waiting })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
