/**
 * A file field in the interface language. The browser's own file input
 * speaks its own language ("Choose File / No file chosen" in a Swedish
 * interface), so the native input is laid transparently over a button drawn
 * in our words: it still takes the click, the keyboard (Tab, Space, Enter)
 * and the field label, while a polite live text beside it says which files
 * were chosen ("Ingen fil vald", "2 filer valda: a.json och b.json").
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../i18n/languages';
// Styles: ./file-picker.css, imported by ./import-panel.tsx (see there why).

interface Props {
  /** The input's id; the caller's `<label htmlFor>` names the field. */
  id: string;
  /** Ids of texts that describe the field (a hint). */
  describedBy?: string;
  accept: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
}

export function FilePicker({ id, describedBy, accept, multiple = false, onFiles }: Props) {
  const { t, i18n } = useTranslation();
  const [names, setNames] = useState<string[]>([]);
  // A new input after each choice lets the same file be picked again after a fix.
  const [key, setKey] = useState(0);
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  // The list formatter only once there is something to list: the first Intl.ListFormat of a page loads
  // its locale data, a long task on a slow phone that the start page need not pay for an empty field.
  const chosen =
    names.length === 0
      ? t('importFile.noneChosen')
      : t('importFile.chosen', { count: names.length, names: new Intl.ListFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { type: 'conjunction' }).format(names) });
  return (
    <div className="file-picker">
      <span className="file-picker__control">
        <input
          key={key}
          id={id}
          type="file"
          className="file-picker__input"
          accept={accept}
          multiple={multiple}
          aria-describedby={[describedBy, `${id}-chosen`].filter(Boolean).join(' ')}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            if (!files.length) return;
            setNames(files.map((f) => f.name));
            setKey((k) => k + 1);
            onFiles(files);
          }}
        />
        <span className="file-picker__button" aria-hidden="true">
          {t(multiple ? 'importFile.chooseMany' : 'importFile.choose')}
        </span>
      </span>
      <span id={`${id}-chosen`} className="file-picker__chosen" aria-live="polite">
        {chosen}
      </span>
    </div>
  );
}
