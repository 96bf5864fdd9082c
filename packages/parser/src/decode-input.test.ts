import { describe, expect, it } from 'vitest';
import { decodeInput } from './decode-input.js';

describe('decodeInput', () => {
  it('drops a UTF-8 byte order mark and keeps CRLF', () => {
    expect(decodeInput(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a]))).toEqual({
      ok: true,
      source: 'a\r\n',
    });
  });

  it('calls NUL bytes and dense control bytes binary', () => {
    expect(decodeInput(Uint8Array.from([0x61, 0x00, 0x62]))).toMatchObject({
      ok: false,
      code: 'binary',
      at: 1,
    });
    expect(
      decodeInput(Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 1 : 0x61))),
    ).toMatchObject({ ok: false, code: 'binary' });
  });

  it('names the byte where UTF-8 breaks', () => {
    expect(decodeInput(Uint8Array.from([0x61, 0x62, 0xc3, 0x28]))).toMatchObject({
      ok: false,
      code: 'invalid_utf8',
      at: 2,
    });
  });

  it('says so when the text is UTF-16', () => {
    expect(decodeInput(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]))).toMatchObject({
      ok: false,
      code: 'invalid_utf8',
    });
  });
});
