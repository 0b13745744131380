// Revoking the object URL right after click() can cancel the download in
// some browsers; a minute is plenty and frees the memory afterwards.
const REVOKE_AFTER_MS = 60_000;

/** Offers a file (text or bytes) as a download, through an object URL and a temporary link. */
export function downloadFile(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Offers text as a file download. */
export function downloadText(name: string, text: string, type: string): void {
  downloadFile(name, text, type);
}
