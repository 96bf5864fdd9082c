import { describe, expect, it } from 'vitest';
import { compileGlob, isGlob } from './glob.js';

describe('compileGlob', () => {
  it('walks from the part before the first wildcard', () => {
    expect(compileGlob('pages/2021/*.html').base).toBe('pages/2021');
    expect(compileGlob('*.txt').base).toBe('.');
    expect(compileGlob('pages/*/*.txt').maxDepth).toBe(1);
    expect(compileGlob('pages/**/*.txt').maxDepth).toBe(Infinity);
  });

  it('matches one segment with * and any depth with **', () => {
    const one = compileGlob('pages/*.html');
    expect(one.matches('pages/a.html')).toBe(true);
    expect(one.matches('pages/sub/a.html')).toBe(false);
    const deep = compileGlob('pages/**/*.html');
    expect(deep.matches('pages/a.html')).toBe(true);
    expect(deep.matches('pages/x/y/a.html')).toBe(true);
    expect(deep.matches('pages/x/y/a.txt')).toBe(false);
  });

  it('supports ? and character classes, and escapes regex syntax', () => {
    const g = compileGlob('p/[0-9]?.(1).txt');
    expect(g.matches('p/1a.(1).txt')).toBe(true);
    expect(g.matches('p/xa.(1).txt')).toBe(false);
  });

  it('tells globs from plain paths', () => {
    expect(isGlob('a/b.txt')).toBe(false);
    expect(isGlob('a/*.txt')).toBe(true);
  });
});
