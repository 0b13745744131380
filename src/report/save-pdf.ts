/**
 * Offers rendered PDF bytes as a download in the browser, through an object
 * URL and a temporary link.
 */

// Revoking the object URL right after click() can cancel the download in
// some browsers; a minute is plenty and frees the memory afterwards.
const REVOKE_AFTER_MS = 60_000;

/** Saves `bytes` as a PDF file called `name`. */
export function savePdf(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
