/**
 * What the tool knows about a criterion, beside its rating on the check
 * step: what the assessment already holds (each thing marked in words as in
 * place or missing, with the step it rests on), the answer the tool
 * proposes, a button that sets the rating to it, and, when the rating
 * differs from the proposal, a sentence that says so (announced politely).
 * The part with `id` is in the rating's `aria-describedby`; the button is
 * outside it, so the description does not read the button out.
 */
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ToolTexts } from './texts';
import './tool-says.css';

export function ToolSays({ id, fieldId, tool }: { id: string; fieldId: string; tool: ToolTexts }) {
  const { t } = useTranslation();
  const { setValue } = useFormContext();
  const value: unknown = useWatch({ name: tool.field });
  const differs = tool.differs(value);
  const proposal = tool.proposal;
  const use = () => {
    if (!proposal) return;
    setValue(tool.field, proposal.option, { shouldDirty: true, shouldValidate: true });
    // The button goes once the rating matches; focus moves to the option it chose, so keyboard users keep their place.
    requestAnimationFrame(() => document.getElementById(`${fieldId}-${proposal.option}`)?.focus());
  };
  return (
    <div className="tool-says">
      <div id={id}>
        {tool.facts.length > 0 && (
          <>
            <p>{t('wizard.toolHolds')}</p>
            <ul className="tool-facts">
              {tool.facts.map((f, i) => (
                <li key={i} className={`tool-fact tool-fact--${f.holds ? 'holds' : 'missing'}`}>
                  <span className="tool-fact__state">{f.holds ? t('wizard.toolFactHolds') : t('wizard.toolFactMissing')}</span>{' '}
                  <span className="tool-fact__text">{f.text}</span>
                  {f.source && <span className="tool-fact__source"> ({f.source})</span>}
                </li>
              ))}
            </ul>
          </>
        )}
        {tool.relevant.length > 0 && (
          <>
            <p>{t('wizard.toolApplies')}</p>
            <ul>
              {tool.relevant.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          </>
        )}
        {proposal && (
          <>
            <p className="tool-says__proposal">
              <strong>{proposal.text}</strong>
            </p>
            <p>{t('wizard.toolDisagree')}</p>
          </>
        )}
        <div className="tool-says__differs" aria-live="polite">
          {differs.map((s, i) => (
            <p key={i}>{s}</p>
          ))}
        </div>
      </div>
      {proposal && value !== proposal.option && (
        <button type="button" className="button--secondary tool-says__use" onClick={use}>
          {t('wizard.toolUse')}
          <span className="visually-hidden">: {proposal.use}</span>
        </button>
      )}
    </div>
  );
}
