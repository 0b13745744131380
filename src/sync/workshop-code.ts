/**
 * A workshop session's code: what a group types, or finds in the QR code's
 * link, to hand in its assessment. Eight characters from an alphabet without
 * the look-alikes 0/O, 1/I/L, so that a code read off a projector is typed
 * right; 31⁸ (about 850 000 million) codes, drawn with the browser's or
 * Node's cryptographic generator, so that one is not guessed.
 *
 * The code is the groups' only credential (they have no login): it lets a
 * group write its own hand-in while the session is open, nothing else
 * (src/server/tokens.ts). No Yjs here: the app imports it with its first
 * screens of a workshop.
 */

export const WORKSHOP_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const WORKSHOP_CODE_LENGTH = 8;
/** A whole code, as the server and the routes read it. */
export const WORKSHOP_CODE_PATTERN = '[2-9A-HJKMNP-Z]{8}';
const WHOLE = new RegExp(`^${WORKSHOP_CODE_PATTERN}$`);

/** The prefix of a group's token: `group:<CODE>`. */
export const GROUP_TOKEN_PREFIX = 'group:';

/** A new code; `random` fills a byte array (crypto.getRandomValues, or a test's). */
export function newWorkshopCode(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const size = WORKSHOP_CODE_ALPHABET.length;
  // Bytes at or above the largest multiple of the alphabet's size are drawn again, so that every character is as likely.
  const limit = 256 - (256 % size);
  let code = '';
  while (code.length < WORKSHOP_CODE_LENGTH) {
    for (const byte of random(new Uint8Array(16))) {
      if (byte < limit && code.length < WORKSHOP_CODE_LENGTH) code += WORKSHOP_CODE_ALPHABET[byte % size];
    }
  }
  return code;
}

/**
 * The code a person typed, as the server knows it: upper case, without the
 * spaces or dashes a code is shown with; undefined when it is no code.
 */
export function readWorkshopCode(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  return WHOLE.test(code) ? code : undefined;
}

/** The code as shown to a room: two groups of four ("K7Q2 M9XT"), easier to read aloud and to copy. */
export function showWorkshopCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}

/** A group's token for the session `code`. */
export const groupToken = (code: string): string => `${GROUP_TOKEN_PREFIX}${code}`;
