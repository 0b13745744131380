/**
 * The start page with the assessments saved in this browser. Creating,
 * copying, renaming and deleting go straight to storage; the list is
 * re-read after each change.
 */
import { lazy, startTransition, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkOverview, QuestionnaireOverview } from '../questionnaire/shipped';
import type { ChangeFeed } from '../storage/changes';
import type { Repository } from '../storage/repository';
import { SavedList, type AfterParts, type DamagedItem, type SavedItem } from '../ui/home/saved-list';
import { StartScreen } from '../ui/start/start-screen';
import { downloadText } from './download';
import { later } from './later';
import { whenReady } from './ready';
import { newId } from './routes';
import { storageOf } from './use-repository';
import { backupStorage } from './use-unload-backup';

const savedData = () => import('./saved-data');
// The sections below the ways to start load once the page answers input.
const HomeExtras = lazy(() => whenReady().then(() => import('./home-extras')));

interface Props {
  questionnaires: readonly QuestionnaireOverview[];
  framework: FrameworkOverview;
  repository: Repository | undefined;
  /** Changes made in other tabs; the list is re-read on each. */
  changes?: ChangeFeed;
  /** True when work is kept only in memory (the list still works, but is lost with the tab). */
  unavailable: boolean;
  onOpen: (id: string) => void;
}

export function Home({ questionnaires, framework, repository, changes, unavailable, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<SavedItem[]>([]);
  const [damaged, setDamaged] = useState<DamagedItem[]>([]);
  const [afterParts, setAfterParts] = useState<AfterParts | undefined>(undefined);

  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  // `version` is the trigger: bumping it re-reads the list after a change.
  useEffect(() => {
    if (!repository) return;
    let alive = true;
    void savedData()
      .then(async ({ listSaved, afterParts: loaded }) => {
        const listed = await listSaved(repository, (id) => t(`content:questionnaires.${id}.title`));
        // What is due, decided or reviewed has texts beyond the start page's: loaded only when some entry has any.
        if (!listed.items.some((i) => i.after?.due || i.after?.decision || i.after?.peerReview)) return { listed, parts: undefined };
        await loaded.loadAfterTexts(i18n).catch(() => undefined);
        return { listed, parts: loaded };
      })
      .then(({ listed, parts }) => {
        if (!alive) return;
        // A transition, so that parts still waiting to be hydrated keep their HTML (see later.tsx).
        startTransition(() => {
          setDamaged(listed.damaged);
          setItems(listed.items);
          if (parts) setAfterParts(parts);
        });
      });
    return () => {
      alive = false;
    };
    // oxlint-disable-next-line react/exhaustive-effect-dependencies
  }, [repository, t, i18n, version]);

  useEffect(() => changes?.subscribe(refresh), [changes, refresh]);

  useEffect(() => {
    document.title = t('app.name');
  }, [t]);

  const create = async (questionnaireId: string) => {
    // Storage may still be opening (its code loads after the first render): wait for it.
    const ready = await storageOf(repository);
    if (!ready) return;
    const id = await (await savedData()).createAssessment(ready, questionnaireId);
    if (id) onOpen(id);
  };

  return (
    <StartScreen
      questionnaires={questionnaires}
      framework={framework}
      onCreate={(id) => void create(id)}
      later={later}
      more={later(<HomeExtras questionnaires={questionnaires} repository={repository} onOpen={onOpen} refresh={refresh} />)}
      saved={
        <SavedList
          items={items}
          damaged={damaged}
          unavailable={unavailable}
          parts={afterParts}
          actions={{
            open: onOpen,
            duplicate: async (id) => {
              const source = await repository?.get(id);
              if (!source || !repository) return;
              const original = items.find((i) => i.id === id);
              // A copy made here records it (with the time), so it reads apart from the original and from other copies.
              const { localCopy } = await import('../assessment/local-copy');
              const copy = localCopy(source, newId('a'), new Date(), { kind: 'copy', from: id });
              await repository.create({ ...copy, name: t('saved.copyOf', { name: original?.name || t('saved.untitled') }) });
              refresh();
            },
            rename: async (id, name) => {
              await repository?.rename(id, name);
              refresh();
            },
            downloadRaw: async (id) => {
              // The record exactly as stored, so nothing in it is lost even if this version cannot read it.
              const raw = await repository?.getRaw(id);
              downloadText(`${id}.json`, JSON.stringify(raw, null, 2), 'application/json');
            },
            remove: async (id) => {
              await repository?.remove(id);
              // Text left unsaved in it goes too: a deleted assessment leaves nothing behind in the browser.
              const backups = backupStorage();
              if (backups) {
                // Loaded here: the backup code parses with zod, which the start page does not load up front.
                const { removeBackup } = await import('../storage/unload-backup');
                for (const slot of ['open', 'aside'] as const) removeBackup(backups, id, { slot });
              }
              refresh();
            },
          }}
        />
      }
    />
  );
}
