import { isAscii, isUtf8, transcode } from 'node:buffer';

/** The outcome of turning bytes into text, or why they are not text. */
export type Decoded =
  | { readonly ok: true; readonly source: string }
  | {
      readonly ok: false;
      readonly code: 'binary' | 'invalid_utf8';
      readonly message: string;
      readonly at: number | null;
    };

/** Control characters other than tab, newline, carriage return and form feed: a sign of binary data. */
function isBinaryControl(b: number): boolean {
  return b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13;
}

/** A byte {@link isBinaryControl} counts, as a Latin-1 character. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL_BYTE = /[\x00-\x08\x0b\x0e-\x1f]/;

/**
 * Decodes UTF-8 strictly (a BOM is dropped; CRLF is kept, offsets count it). A NUL byte, or
 * control bytes above 1 % of the first 4 kB, mean binary content; a malformed sequence means invalid UTF-8.
 * Offsets of every span are into the string returned here.
 */
export function decodeInput(bytes: Uint8Array): Decoded {
  // A UTF-16 byte order mark: text, but not UTF-8 (its NUL bytes would otherwise say "binary").
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return {
      ok: false,
      code: 'invalid_utf8',
      message: 'UTF-16 text (byte order mark): only UTF-8 is read',
      at: 0,
    };
  }
  // As a Buffer (a view, no copy), the search is native: a typed array's `indexOf` is a loop.
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nul = view.indexOf(0);
  if (nul >= 0)
    return {
      ok: false,
      code: 'binary',
      message: `NUL byte at offset ${nul}: binary content, not a transcript`,
      at: nul,
    };
  // Binary data without NULs shows control bytes from its first bytes on: a sample is enough,
  // and the strict decoder below rejects the rest as invalid UTF-8.
  const sample = Math.min(bytes.length, 4096);
  let controls = 0;
  // Text has none at all, which one regex over the sample read as Latin-1 (a byte a character)
  // tells faster than a loop that counts them.
  if (CONTROL_BYTE.test(view.toString('latin1', 0, sample)))
    for (let i = 0; i < sample; i++) if (isBinaryControl(bytes[i]!)) controls++;
  if (controls > 8 && controls * 100 > sample) {
    return {
      ok: false,
      code: 'binary',
      message: `${controls} control bytes in the first ${sample}: binary content, not a transcript`,
      at: null,
    };
  }
  // Checked (a vectorised test) before it is converted: ICU's conversion to UTF-16 code units and
  // the string made of them take half the time of a strict `TextDecoder`, which checks and
  // converts in one loop. The decoder's result, BOM dropped as it drops it.
  if (!isUtf8(view)) {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, code: 'invalid_utf8', message: `invalid UTF-8 near byte ${at}`, at };
  }
  const text = hasUtf8Bom(view) ? view.subarray(3) : view;
  // An ASCII text is its bytes, one character each (and a one-byte string, as the decoder gives).
  if (isAscii(text)) return { ok: true, source: text.toString('latin1') };
  return { ok: true, source: transcode(text, 'utf8', 'utf16le').toString('utf16le') };
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Byte offset of the first malformed UTF-8 sequence (for the message). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n =
      b < 0x80
        ? 0
        : b >= 0xc2 && b < 0xe0
          ? 1
          : b >= 0xe0 && b < 0xf0
            ? 2
            : b >= 0xf0 && b < 0xf5
              ? 3
              : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}
