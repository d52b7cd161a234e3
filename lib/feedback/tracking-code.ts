/**
 * A tracking code (查询码) like `FK-7QH3-MXC9-2RWD`: twelve characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L, U), 60 bits of chance, so that codes cannot be guessed.
 */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"; // 30 symbols
const GROUPS = 3;
const GROUP_LENGTH = 4;
export const TRACKING_CODE_LENGTH = 2 + GROUPS * (GROUP_LENGTH + 1);

const PATTERN = new RegExp(`^FK(-[${ALPHABET}]{${GROUP_LENGTH}}){${GROUPS}}$`);

/**
 * A new code from random bytes (crypto.randomBytes in use). A byte is taken only below the
 * largest multiple of the alphabet's size, so that every symbol is equally likely.
 */
export function trackingCodeFrom(randomBytes: (n: number) => Uint8Array): string {
  const limit = 256 - (256 % ALPHABET.length);
  const symbols: string[] = [];
  while (symbols.length < GROUPS * GROUP_LENGTH) {
    for (const b of randomBytes(GROUPS * GROUP_LENGTH * 2)) {
      if (b < limit && symbols.length < GROUPS * GROUP_LENGTH) symbols.push(ALPHABET[b % ALPHABET.length]!);
    }
  }
  const groups = Array.from({ length: GROUPS }, (_, i) => symbols.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH).join(""));
  return ["FK", ...groups].join("-");
}

/**
 * A code as someone typed or pasted it — lower case, with spaces, full-width characters or
 * without dashes — in its canonical form; null when it cannot be one.
 */
export function normalizeTrackingCode(input: string): string | null {
  const plain = input
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-－—_]/g, "");
  const size = GROUPS * GROUP_LENGTH;
  const body = plain.length === size + 2 && plain.startsWith("FK") ? plain.slice(2) : plain;
  if (body.length !== size) return null;
  const code = ["FK", ...Array.from({ length: GROUPS }, (_, i) => body.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH))].join("-");
  return PATTERN.test(code) ? code : null;
}
