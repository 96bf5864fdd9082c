import { describe, expect, it } from 'vitest';
import { detectKind } from './detect-kind.js';

describe('detectKind', () => {
  it('knows a saved page by its first markup, whatever the file is called', () => {
    expect(detectKind('<!doctype html><html>', 'a.txt')).toBe('html');
    expect(detectKind('\n  <!-- saved from url=(0014)about:internet -->\n<html>', null)).toBe(
      'html',
    );
    expect(detectKind('<?xml version="1.0"?><html>', null)).toBe('html');
  });

  it('reads copied text as text even with omissions and a .html name', () => {
    expect(
      detectKind('Meeting with Gazprom CEO\n<…> Vladimir Putin: Good afternoon.', 'page.html'),
    ).toBe('text');
  });

  it('takes a fragment with tags for HTML only when it is named so', () => {
    expect(detectKind('Title\n<p>text</p>', 'fragment.html')).toBe('html');
    expect(detectKind('Title\n<p>text</p>', 'fragment.txt')).toBe('text');
  });
});
