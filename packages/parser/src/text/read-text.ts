import type { Block, DocumentHeader, TranscriptDocument } from '../document.js';
import { collapseWhitespace } from './located-text.js';
import { stripTooltips } from './strip-tooltips.js';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

// Date line of the page header, e.g. "December 11, 2012".
const DATE_LINE = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/;
// Time line of the page header, e.g. "15:00".
const TIME_LINE = /^\d{1,2}:\d{2}$/;
// Speaker label at the start of a paragraph, e.g. "President of Russia Vladimir Putin: Mr Rahmon, colleagues."
const LABEL = /^([A-Z][^:]{0,120}?)(?: \(([^()]{1,80})\))?:\s*/;

interface Line {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= source.length) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    let stop = end;
    if (stop > start && source.charCodeAt(stop - 1) === 13) stop -= 1;
    lines.push({ text: source.slice(start, stop), start, end: stop });
    start = end + 1;
  }
  return lines;
}

/**
 * Reads text copied from a kremlin.ru transcript page into a {@link TranscriptDocument}.
 * Minimal first version: header by date line, one block a line, plain labels.
 */
export function readText(source: string): TranscriptDocument {
  const lines = splitLines(source).filter((l) => l.text.trim() !== '');
  const header: { -readonly [K in keyof DocumentHeader]: DocumentHeader[K] } = {
    title: null, lead: null, date: null, time: null, place: null, kremlinId: null, url: null,
  };
  let bodyFrom = 0;
  const dateAt = lines.slice(0, 6).findIndex((l) => DATE_LINE.test(l.text.trim()));
  if (dateAt >= 0) {
    const d = lines[dateAt];
    const m = d === undefined ? null : DATE_LINE.exec(d.text.trim());
    const month = m ? MONTHS.indexOf(m[1] ?? '') + 1 : 0;
    if (d && m && month > 0) {
      header.date = {
        value: `${m[3]}-${String(month).padStart(2, '0')}-${(m[2] ?? '').padStart(2, '0')}`,
        span: { start: d.start, end: d.end },
      };
      const t0 = lines[0];
      if (dateAt >= 1 && t0) header.title = { value: t0.text.trim(), span: { start: t0.start, end: t0.end } };
      const l1 = lines[1];
      if (dateAt >= 2 && l1) header.lead = { value: l1.text.trim(), span: { start: l1.start, end: l1.end } };
      bodyFrom = dateAt + 1;
      const tl = lines[bodyFrom];
      if (tl && TIME_LINE.test(tl.text.trim())) {
        header.time = { value: tl.text.trim(), span: { start: tl.start, end: tl.end } };
        bodyFrom += 1;
      }
    }
  }
  let nbsp = 0;
  for (let i = source.indexOf('\u00a0'); i >= 0; i = source.indexOf('\u00a0', i + 1)) nbsp++;
  const hardSpaces = nbsp * 200 >= source.length;
  const blocks: Block[] = lines.slice(bodyFrom).map((line) => {
    const stripped = stripTooltips(collapseWhitespace(source, line.start, line.end), source, hardSpaces);
    const { text, offsets } = stripped;
    const m = LABEL.exec(text);
    const separator = /^\*\s*\*\s*\*$/.test(text);
    return {
      role: separator ? 'separator' : 'paragraph',
      text,
      span: { start: line.start, end: line.end },
      offsets,
      label: m && !separator
        ? { text: m[1] ?? '', annotations: m[2] ? [m[2]] : [], bodyStart: m[0].length }
        : null,
      persons: stripped.persons,
      terms: stripped.terms,
    };
  });
  return { kind: 'text', header, blocks };
}
