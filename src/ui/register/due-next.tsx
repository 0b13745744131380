/**
 * What is due next across the register, in sentences: the overdue first
 * (oldest first), then what is due within 30 days. Overdue is said in words,
 * not by colour alone.
 */
import type { RegisterLine } from '../../sync/register';
import { dueNext } from './register-model';
import { dueSentence, type LineTexts } from './register-texts';

export function DueNext({ lines, ctx }: { lines: readonly RegisterLine[]; ctx: LineTexts }) {
  const { t } = ctx;
  const { overdue, soon } = dueNext(lines, ctx.today);
  return (
    <section className="register-due" aria-labelledby="register-due-heading">
      <h2 id="register-due-heading">{t('register.dueNext.heading')}</h2>
      {overdue.length === 0 && soon.length === 0 && <p>{t('register.dueNext.nothing')}</p>}
      {overdue.length > 0 && (
        <>
          <h3>{t('register.dueNext.overdueHeading')}</h3>
          <ul className="register-due__list register-due__list--overdue">
            {overdue.map((line) => (
              <li key={line.id}>{dueSentence(ctx, line, true)}</li>
            ))}
          </ul>
        </>
      )}
      {soon.length > 0 && (
        <>
          <h3>{t('register.dueNext.soonHeading')}</h3>
          <ul className="register-due__list">
            {soon.map((line) => (
              <li key={line.id}>{dueSentence(ctx, line, false)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
