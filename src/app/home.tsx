/**
 * The start page with the assessments saved in this browser. Creating,
 * copying, renaming and deleting go straight to storage; the list is
 * re-read after each change.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName, newAssessment } from '../assessment/assessment';
import { stepStatuses, applicable } from '../machine/navigation';
import type { Framework, QuestionnaireFile } from '../questionnaire/schema';
import type { ChangeFeed } from '../storage/changes';
import type { Repository } from '../storage/repository';
import { removeBackup } from '../storage/unload-backup';
import { ImportPanel } from '../ui/home/import-panel';
import { SavedList, type DamagedItem, type SavedItem } from '../ui/home/saved-list';
import { downloadText } from './download';
import { useImport } from './use-import';
import { StartScreen } from '../ui/start/start-screen';
import { WorkshopPanel } from '../ui/start/workshop-panel';
import { ExampleList } from '../ui/start/example-list';
import { EXAMPLE_IDS } from '../assessment/examples';
import { newId, routeHash } from './routes';
import { useExample } from './use-example';
import { backupStorage } from './use-unload-backup';
import { downloadWorksheet } from './worksheet';

interface Props {
  questionnaires: QuestionnaireFile[];
  framework: Framework;
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

  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  // `version` is the trigger: bumping it re-reads the list after a change.
  useEffect(() => {
    if (!repository) return;
    let alive = true;
    void repository.list().then((listed) => {
      if (!alive) return;
      setDamaged(listed.flatMap((entry) => (entry.ok ? [] : [{ id: entry.id }])));
      setItems(
      listed.flatMap((entry) => {
        if (!entry.ok) return [];
        const a = entry.assessment;
        const file = questionnaires.find((q) => q.id === a.questionnaire.id);
        if (!file) return [];
        const model = { file, framework };
        const statuses = stepStatuses(model, a.answers, a.progress.reached);
        return [
          {
            id: a.id,
            name: displayName(file, a),
            questionnaireTitle: t(`content:questionnaires.${file.id}.title`),
            updatedAt: a.updatedAt,
            done: Object.values(statuses).filter((s) => s === 'done').length,
            total: applicable(model, a.answers).length,
          },
        ];
      }),
      );
    });
    return () => {
      alive = false;
    };
    // oxlint-disable-next-line react/exhaustive-effect-dependencies
  }, [repository, questionnaires, framework, t, version]);

  useEffect(() => changes?.subscribe(refresh), [changes, refresh]);

  useEffect(() => {
    document.title = t('app.name');
  }, [t]);

  const imports = useImport(repository, questionnaires, refresh);
  const example = useExample(repository, questionnaires, onOpen);

  const create = async (questionnaireId: string) => {
    const file = questionnaires.find((q) => q.id === questionnaireId);
    if (!file || !repository) return;
    const assessment = await repository.create(newAssessment(file, newId('a'), new Date()));
    onOpen(assessment.id);
  };

  return (
    <StartScreen
      questionnaires={questionnaires}
      framework={framework}
      onCreate={(id) => void create(id)}
      examples={
        repository && (
          <ExampleList
            ids={EXAMPLE_IDS}
            busy={example.status.state === 'loading'}
            failed={example.status.state === 'failed' ? example.status.messages : undefined}
            onStart={(id, variant) => void example.start(id, variant)}
          />
        )
      }
      workshop={<WorkshopPanel questionnaires={questionnaires} onDownload={(id, lang) => downloadWorksheet(i18n, id, lang)} compareHref={routeHash({ name: 'compare' })} />}
      saved={
        <>
        <SavedList
          items={items}
          damaged={damaged}
          unavailable={unavailable}
          actions={{
            open: onOpen,
            duplicate: async (id) => {
              const copy = await repository?.duplicate(id, newId('a'), new Date());
              const original = items.find((i) => i.id === id);
              if (copy && repository) await repository.rename(copy.id, t('saved.copyOf', { name: original?.name || t('saved.untitled') }));
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
              if (backups) for (const slot of ['open', 'aside'] as const) removeBackup(backups, id, { slot });
              refresh();
            },
          }}
        />
        {repository && (
          <ImportPanel
            status={imports.status}
            onFile={(f) => void imports.read(f)}
            onKeepBoth={() => void imports.keepBoth()}
            onReplace={() => void imports.replace()}
            onCancel={imports.cancel}
          />
        )}
        </>
      }
    />
  );
}
