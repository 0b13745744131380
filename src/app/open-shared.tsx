/**
 * Opening a share link: the data in the fragment is unpacked and checked
 * like an imported file, stored as a new local copy (never over an existing
 * assessment) that records the link as its origin, and the copy is opened
 * in place of the link, so the data leaves the address bar. A broken link explains itself and changes nothing.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localCopy } from '../assessment/local-copy';
import { decodeShareData } from '../assessment/share-link';
import { formatProblem } from '../i18n/problems';
import type { Parsed } from '../questionnaire/load';
import type { Repository } from '../storage/repository';
import { checkAssessmentText } from './import-file';
import { newId } from './routes';

// One copy per link per page load, even when React runs the effect twice.
const opened = new Map<string, Promise<Parsed<string>>>();

function openShared(data: string, repository: Repository): Promise<Parsed<string>> {
  let pending = opened.get(data);
  if (!pending) {
    pending = (async (): Promise<Parsed<string>> => {
      const text = decodeShareData(data);
      const parsed = text.ok ? checkAssessmentText(text.value) : text;
      if (!parsed.ok) return parsed;
      const copy = await repository.create(localCopy(parsed.value, newId('a'), new Date(), { kind: 'share' }));
      return { ok: true, value: copy.id };
    })();
    opened.set(data, pending);
  }
  return pending;
}

interface Props {
  data: string;
  repository: Repository | undefined;
  onOpened: (id: string) => void;
  onHome: () => void;
}

export default function OpenShared({ data, repository, onOpened, onHome }: Props) {
  const { t } = useTranslation();
  const [messages, setMessages] = useState<string[] | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);

  // The promise is shared per link, so running again (a new onOpened) never makes a second copy.
  useEffect(() => {
    if (!repository) return;
    let alive = true;
    void openShared(data, repository).then((result) => {
      if (!alive) return;
      if (result.ok) onOpened(result.value);
      else setMessages(result.problems.map((p) => formatProblem(t, p)));
    });
    return () => {
      alive = false;
    };
  }, [data, repository, onOpened, t]);

  useEffect(() => {
    if (messages) heading.current?.focus();
  }, [messages]);

  if (!messages) return <output>{t('share.opening')}</output>;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('share.failedHeading')}
      </h1>
      <div role="alert">
        <p>{t('share.failed')}</p>
        <ul>
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
        <p>{t('importFile.untouched')}</p>
      </div>
      <button type="button" className="button--primary" onClick={onHome}>
        {t('session.home')}
      </button>
    </>
  );
}
