/**
 * A QR code for a link, drawn as SVG: sharp at any size on a projector, and
 * made in the browser, offline, by `uqr` (no dependencies, MIT). The modules
 * are one path, so the picture is a single element however many there are.
 * The link is the picture's text alternative; the hand-out also prints it.
 */
import { encode } from 'uqr';

/** The module path of `matrix`: one unit square per dark module. */
function modules(matrix: readonly (readonly boolean[])[]): string {
  let d = '';
  matrix.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x} ${y}h1v1h-1z` : '')));
  return d;
}

export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  // Level M survives a smudged screen or a glare spot (15 %); the quiet zone of 4 modules is the standard's.
  const qr = encode(text, { ecc: 'M', border: 4 });
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      shapeRendering="crispEdges"
      data-modules={qr.size}
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={modules(qr.data)} fill="#000" />
    </svg>
  );
}
