/**
 * The sharing panel of an open assessment (src/ui/shell/sharing-panel.tsx),
 * fed by its sharing (use-sharing.ts): colleagues named with the step they
 * have open, the link colleagues open it with, the form for a pasted token,
 * and what happened that the user should know.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { subjectContext, withSubject } from '../../i18n/subject';
import type { QuestionnaireFile } from '../../questionnaire/schema';
import type { Translate } from '../../ui/register/register-texts';
import { TokenForm } from '../../ui/register/token-form';
import { SharingPanel } from '../../ui/shell/sharing-panel';
import { Subject } from '../../ui/subject';
import { routeHash } from '../routes';
import { sharingTokenTexts } from './token-texts';
import type { Sharing } from './use-sharing';

interface Props {
  sharing: Sharing;
  file: QuestionnaireFile;
  id: string;
  /** The name of the device's copy kept when the server's replaced it. */
  keptCopy: string | undefined;
}

export function SessionSharing({ sharing, file, id, keptCopy }: Props) {
  const { t: translate } = useTranslation();
  // An audit of a service reads as an audit (`<key>_service`), as the wizard beside it does.
  const subject = subjectContext(file);
  const t = useMemo(() => withSubject(translate, subject) as Translate, [translate, subject]);
  const [stopped, setStopped] = useState(false);
  const stepTitle = (stepId: string | undefined) => (stepId && file.steps.some((s) => s.id === stepId) ? t(`content:steps.${stepId}.title`) : undefined);
  const link = `${window.location.origin}${window.location.pathname}${routeHash({ name: 'shared', id })}`;
  const notice = keptCopy ? t('sharing.kept', { name: keptCopy }) : stopped ? t('sharing.stopped') : undefined;
  return (
    <Subject.Provider value={subject}>
      <SharingPanel
        status={sharing.status}
        readOnly={sharing.readOnly}
        pasted={sharing.tokenSource === 'pasted'}
        colleagues={sharing.colleagues.map((c) => {
          const where = stepTitle(c.step);
          return { clientId: c.clientId, name: c.name, ...(where ? { where } : {}) };
        })}
        link={link}
        reviewLink={routeHash({ name: 'peer-review', id })}
        onStart={() => {
          setStopped(false);
          sharing.start();
        }}
        onStop={() => {
          sharing.stop();
          setStopped(true);
        }}
        tokenForm={
          <TokenForm
            key={sharing.status}
            onToken={sharing.usePasted}
            t={t}
            heading={false}
            texts={sharingTokenTexts(t, t('sharing.token.submit'))}
          />
        }
        {...(notice ? { notice } : {})}
      />
    </Subject.Provider>
  );
}
