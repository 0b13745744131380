/**
 * A QR code for a link, drawn as SVG: sharp at any size on a projector, and
 * made in the browser, offline, by `uqr` (no dependencies, MIT). It is shown
 * as an image (an SVG data address) so that it has a real text alternative,
 * the link, and scales inside its box without losing its square. The dark
 * modules are one path, so the picture stays small however many there are.
 */
import { encode } from 'uqr';

/** The SVG of `text` as a QR code, one unit per module. */
export function qrSvg(text: string): string {
  // Level M survives a smudged screen or a glare spot (15 %); the quiet zone of 4 modules is the standard's.
  const qr = encode(text, { ecc: 'M', border: 4 });
  let d = '';
  qr.data.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x} ${y}h1v1h-1z` : '')));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${qr.size} ${qr.size}" shape-rendering="crispEdges">` +
    `<rect width="${qr.size}" height="${qr.size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`
  );
}

export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  return <img className={className} src={`data:image/svg+xml,${encodeURIComponent(qrSvg(text))}`} alt={label} />;
}
