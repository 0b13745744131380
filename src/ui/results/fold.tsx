/**
 * A long part of the results page, folded: its heading always stands (so
 * the page's outline and a screen reader's list of headings still show every
 * part), with a line saying what is inside and a button that opens it. The
 * button is a disclosure (aria-expanded, aria-controls); the content is
 * `hidden` while folded, so it is out of the tab order and the reading order.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './fold.css';

interface Props {
  /** The heading's id, for links and `aria-labelledby`. */
  headingId: string;
  heading: string;
  /** One line on what the folded part holds. */
  summary?: string;
  /** What the button opens ("alla problem"); said after "Visa" / "Dölj". */
  what: string;
  children: ReactNode;
  className?: string;
}

export function Fold({ headingId, heading, summary, what, children, className = '' }: Props) {
  const { t } = useTranslation();
  const bodyId = useId();
  const [open, setOpen] = useState(false);
  return (
    <section className={`result-section result-fold ${className}`.trim()} aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {summary && <p className="result-fold__summary">{summary}</p>}
      <button type="button" className="button--secondary disclosure result-fold__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
        {t(open ? 'results.fold.hide' : 'results.fold.show', { what })}
      </button>
      <div id={bodyId} className="result-fold__body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
