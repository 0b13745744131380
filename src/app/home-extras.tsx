/**
 * The start page's sections below the ways to start: the worked examples,
 * reading an assessment or a question pack in from a file (and the packs on
 * this device), and the workshop tools. Loaded after
 * the page answers input (see ./later.tsx): their code, the handout options
 * and their texts are not in the first load. Their buttons wait for storage
 * if it is still opening.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { EXAMPLE_IDS } from '../assessment/examples';
import { isLanguage } from '../i18n/languages';
import type { Repository } from '../storage/repository';
import { ImportPanel } from '../ui/home/import-panel';
import { PackList } from '../ui/home/pack-list';
import { ExampleList } from '../ui/start/example-list';
import { WorkshopPanel } from '../ui/start/workshop-panel';
import type { QuestionnaireOverview } from '../questionnaire/shipped';
import { casesOf, planLengths } from './handout-options';
import { usePackList } from './packs/use-pack-list';
import { REGISTER_HASH, routeHash } from './routes';
import { syncServerUrl } from './sync-config';
import { useExample } from './use-example';
import { useImport } from './use-import';

// The handouts need the parsed model and the PDF code: both load on the click.
// Only where sync is switched on; its texts are not the start page's, so it waits for the whole language.
const RegisterLink = lazy(() => Promise.all([import('../ui/register/register-link'), import('./all-texts')]).then(([link, texts]) => ({
  default: ({ href }: { href: string }) => (
    <texts.AllTexts>
      <link.RegisterLink href={href} />
    </texts.AllTexts>
  ),
})));
const worksheet = () => import('./worksheet');

interface Props {
  questionnaires: readonly QuestionnaireOverview[];
  repository: Repository | undefined;
  onOpen: (id: string) => void;
  /** Re-reads the saved list after an import. */
  refresh: () => void;
}

export default function HomeExtras({ questionnaires, repository, onOpen, refresh }: Props) {
  const { i18n } = useTranslation();
  const imports = useImport(repository, refresh);
  const example = useExample(repository, onOpen);
  const packs = usePackList();
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  return (
    <>
      {syncServerUrl() && (
        <Suspense fallback={null}>
          <RegisterLink href={REGISTER_HASH} />
        </Suspense>
      )}
      <ExampleList
        ids={EXAMPLE_IDS}
        busy={example.status.state === 'loading'}
        failed={example.status.state === 'failed' ? example.status.messages : undefined}
        onStart={(id, variant) => void example.start(id, variant)}
      />
      <ImportPanel
        status={imports.status}
        onFile={(f) => void imports.read(f)}
        onKeepBoth={() => void imports.keepBoth()}
        onReplace={() => void imports.replace()}
        onCancel={imports.cancel}
      />
      <PackList
        packs={packs.setup.listed}
        organisation={packs.setup.organisation?.name[lang]}
        removed={packs.removed}
        onRemove={(id) => void packs.remove(id)}
      />
      <WorkshopPanel
        questionnaires={questionnaires}
        planLengths={planLengths}
        casesOf={casesOf}
        onDownload={async (handout) => (await worksheet()).downloadHandout(i18n, handout)}
        workshopHref={routeHash({ name: 'workshop' })}
        compareHref={routeHash({ name: 'compare' })}
      />
    </>
  );
}
