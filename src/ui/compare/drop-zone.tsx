/**
 * Where a trainer drops the groups' files, many at once, or picks them with
 * the ordinary file field inside it. Dropping is only a shortcut: the field
 * is keyboard-reachable and named by its label, so nobody needs to drag.
 * The zone is marked while files are held over it, in text as well as by
 * its border, so the state does not rest on colour.
 */
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePicker } from '../home/file-picker';
// The picker's styles come with the start page, which every page has loaded (see import-panel.tsx).

interface Props {
  /** The file input's id; the zone's label names it. */
  id: string;
  /** Ids of texts that describe the field. */
  describedBy?: string;
  onFiles: (files: File[]) => void;
}

/** Whether a drag carries files (not text or a link dragged from the page). */
const carriesFiles = (e: DragEvent) => [...e.dataTransfer.types].includes('Files');

export function DropZone({ id, describedBy, onFiles }: Props) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child crossed: count them so the mark does not flicker.
  const depth = useRef(0);
  const leave = () => {
    depth.current = 0;
    setOver(false);
  };
  return (
    <div
      className={`drop-zone${over ? ' drop-zone--over' : ''}`}
      data-testid="compare-drop"
      onDragEnter={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        // Without this the browser opens the dropped file instead of handing it to us.
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        leave();
        const files = [...e.dataTransfer.files];
        if (files.length) onFiles(files);
      }}
    >
      <label htmlFor={id} className="label">
        {t('compare.label')}
      </label>
      <p className="drop-zone__hint">{over ? t('compare.dropNow') : t('compare.dropHint')}</p>
      <FilePicker id={id} describedBy={describedBy} multiple accept=".json,.pdf,application/json,application/pdf" onFiles={onFiles} />
    </div>
  );
}
