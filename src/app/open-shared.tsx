/**
 * Opening a share link or a workshop group's link. The link's case (or whole
 * assessment) is checked like an imported file and stored as a new local copy
 * (never over an existing assessment) that records the link as its origin;
 * the address then becomes the copy's own, so the data leaves the address
 * bar and a reload opens the copy instead of making another. The interface
 * switches to the language the link was made in.
 *
 * The page that follows shows the case and says that the copy is in this
 * browser only. A share link's copy opens with one button; a workshop link
 * first asks for the group's name, which names the copy (and its file) and
 * answers "who made the assessment". A broken link explains itself and
 * changes nothing.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerList } from '../assessment/answer-list';
import type { Assessment } from '../assessment/assessment';
import { taggedAnswer } from '../assessment/assessment';
import { EXAMPLE_IDS, type ExampleId } from '../assessment/examples';
import { caseOnlyCopy, localCopy } from '../assessment/local-copy';
import { decodeShareData, type JoinSource } from '../assessment/share-link';
import { withGroupName } from '../assessment/workshop-copy';
import type { Language } from '../i18n/languages';
import { formatProblem } from '../i18n/problems';
import { subjectContext } from '../i18n/subject';
import { framework } from '../questionnaire/catalogue';
import type { Parsed } from '../questionnaire/load';
import type { QuestionnaireFile } from '../questionnaire/schema';
import { allQuestions } from '../questionnaire/walk';
import type { Repository } from '../storage/repository';
import { Subject } from '../ui/subject';
import { ReviewRows } from '../ui/wizard/review-rows';
import { GroupNameForm } from './group-name-form';
import { loadExample } from './examples';
import { checkAssessmentText } from './import-file';
import { loadPackSetup } from './packs/registry';
import { questionnaireFor } from './questionnaire-for';
import { newId } from './routes';

/** What was opened: a share link's assessment, or a workshop link's case in its language. */
export type OpenedLink = { kind: 'share'; data: string } | { kind: 'join'; lang: Language; source: JoinSource };

interface Opened {
  copy: Assessment;
  file: QuestionnaireFile;
}

const isExampleId = (id: string): id is ExampleId => (EXAMPLE_IDS as readonly string[]).includes(id);

/** The assessment a link carries, checked like an imported file. */
async function linked(link: OpenedLink): Promise<Parsed<Assessment>> {
  if (link.kind === 'join' && link.source.kind === 'example') {
    const id = link.source.id;
    if (!isExampleId(id)) return { ok: false, problems: [{ code: 'link.damaged', path: '$' }] };
    return loadExample(id, link.lang);
  }
  const text = decodeShareData(link.kind === 'share' ? link.data : link.source.kind === 'data' ? link.source.data : '');
  // A colleague's assessment may be answered with the organisation's question packs: know them before it is checked.
  await loadPackSetup();
  return text.ok ? checkAssessmentText(text.value) : text;
}

async function makeCopy(link: OpenedLink, repository: Repository): Promise<Parsed<Opened>> {
  const parsed = await linked(link);
  if (!parsed.ok) return parsed;
  const file = questionnaireFor(parsed.value);
  if (!file) return { ok: false, problems: [{ code: 'ref.questionnaire', path: '$.questionnaire.id', params: { id: parsed.value.questionnaire.id } }] };
  const now = new Date();
  const fresh =
    link.kind === 'share'
      ? localCopy(parsed.value, newId('a'), now, { kind: 'share' })
      : // A group starts from the case alone, unnamed until it names itself.
        {
          ...caseOnlyCopy(file, parsed.value, newId('a'), now, { kind: 'workshop', ...(link.source.kind === 'example' ? { from: link.source.id } : {}) }),
          name: '',
        };
  return { ok: true, value: { copy: await repository.create(fresh), file } };
}

// One copy per link per page load, even when React runs the effect twice.
const opened = new Map<string, Promise<Parsed<Opened>>>();

function openLink(link: OpenedLink, repository: Repository): Promise<Parsed<Opened>> {
  const key = JSON.stringify(link);
  let pending = opened.get(key);
  if (!pending) {
    pending = makeCopy(link, repository);
    opened.set(key, pending);
  }
  return pending;
}

// The case in brief: who and what, as the questionnaire tags them (the title is the heading).
const SHOWN_TAGS = ['meta-organisation', 'meta-service', 'proposal-description'];

function caseRows(file: QuestionnaireFile, copy: Assessment) {
  const shown = new Set(
    allQuestions(file)
      .filter((l) => !l.group && l.question.tags?.some((tag) => SHOWN_TAGS.includes(tag)))
      .map((l) => l.question.id),
  );
  return answerList(file, framework, copy.answers).flatMap((s) => s.rows.filter((r) => r.kind === 'answer' && shown.has(r.id)));
}

interface Props {
  link: OpenedLink;
  /** The language the link was made in, when it says. */
  lang?: Language;
  repository: Repository | undefined;
  onLanguage: (lang: Language) => void;
  /** The copy is stored: its address replaces the link's. */
  onCopied: (id: string) => void;
  onOpened: (id: string) => void;
  onHome: () => void;
}

export default function OpenShared({ link, lang, repository, onLanguage, onCopied, onOpened, onHome }: Props) {
  const { t, i18n } = useTranslation();
  const [result, setResult] = useState<Parsed<Opened> | undefined>();
  const [saveFailed, setSaveFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const language = useRef({ i18n, onLanguage });
  useEffect(() => {
    language.current = { i18n, onLanguage };
  });
  // Once per link: a later choice in the language menu is the user's own.
  useEffect(() => {
    const { i18n: now, onLanguage: change } = language.current;
    if (lang && now.language !== lang) change(lang);
  }, [lang]);

  // The link as a value: a new object with the same contents is the same link.
  const key = JSON.stringify(link);
  const copied = useRef(onCopied);
  useEffect(() => {
    copied.current = onCopied;
  });
  // The promise is shared per link, so running again never makes a second copy.
  useEffect(() => {
    if (!repository) return;
    let alive = true;
    void openLink(JSON.parse(key) as OpenedLink, repository).then((r) => {
      if (!alive) return;
      if (r.ok) copied.current(r.value.copy.id);
      setResult(r);
    });
    return () => {
      alive = false;
    };
  }, [key, repository]);

  useEffect(() => {
    if (result) heading.current?.focus();
  }, [result]);

  if (!result) return <output>{t('share.opening')}</output>;
  if (!result.ok) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          {t('share.failedHeading')}
        </h1>
        <div role="alert">
          <p>{t('share.failed')}</p>
          <ul>
            {result.problems.map((p) => (
              <li key={`${p.code} ${p.path}`}>{formatProblem(t, p)}</li>
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

  const { copy, file } = result.value;
  const title = taggedAnswer(file, copy.answers, 'meta-title');
  const name = async (group: string) => {
    if (!repository) return;
    try {
      await repository.save(withGroupName(file, copy, group), copy.revision);
      onOpened(copy.id);
    } catch {
      setSaveFailed(true);
    }
  };
  return (
    <Subject.Provider value={subjectContext(file)}>
      <p className="lead">{t(link.kind === 'join' ? 'join.kind' : 'share.kind')}</p>
      <h1 ref={heading} tabIndex={-1}>
        {typeof title === 'string' && title.trim() ? title : t('join.untitled')}
      </h1>
      <ReviewRows rows={caseRows(file, copy)} />
      <p className="notice">{t('share.copySaved')}</p>
      {link.kind === 'join' ? (
        <>
          <p>{t('join.lead')}</p>
          <GroupNameForm onName={name} />
          {saveFailed && <p role="alert">{t('join.saveFailed')}</p>}
        </>
      ) : (
        <div className="actions">
          <button type="button" className="button--primary" onClick={() => onOpened(copy.id)}>
            {t('share.open')}
          </button>
        </div>
      )}
    </Subject.Provider>
  );
}
