import { describe, expect, it } from 'vitest';
import { canonicalJson, digestEvents, sha256Hex } from './digest-events.js';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }], u: undefined })).toBe(
      '{"a":[{"c":"x","d":null}],"b":1}',
    );
  });

  it('copies only what is out of order, however deep, and keeps sorted values as they are', () => {
    const sorted = { a: { b: [1, { c: 'x', d: 2 }] }, e: null };
    expect(canonicalJson(sorted)).toBe(JSON.stringify(sorted));
    expect(
      canonicalJson({
        z: { y: [{ x: undefined, w: { v: 1, u: 2 } }], a: 1 },
        a: [undefined, { b: 1 }],
      }),
    ).toBe('{"a":[null,{"b":1}],"z":{"a":1,"y":[{"w":{"u":2,"v":1}}]}}');
  });
});

describe('digestEvents', () => {
  it('is the sha256 of the canonical JSON array', () => {
    const events = [
      { type: 'a', data: { y: 1, x: 2 } },
      { type: 'b', data: {} },
    ];
    expect(digestEvents(events)).toBe(sha256Hex(canonicalJson(events)));
    expect(digestEvents([])).toBe(sha256Hex('[]'));
  });
});
