import type { EventDataOf } from '@stenogram/schema';

type StatementData = EventDataOf<'statement-made'>;

/**
 * The keys `statementJson` writes, in canonical order. A key added to the schema's statement and
 * not written here fails to compile (see `_AllStatementKeys`), not silently out of the digest.
 */
type WrittenStatementKey =
  | 'annotations'
  | 'ordinal'
  | 'paragraphs'
  | 'sectionId'
  | 'span'
  | 'speaker'
  | 'statementId'
  | 'text'
  | 'wordCount';
type _AllStatementKeys = [Exclude<keyof StatementData, WrittenStatementKey>] extends [never]
  ? true
  : never;
const _allStatementKeys: _AllStatementKeys = true;
void _allStatementKeys;

/** An envelope as the parser builds it: keys in canonical order. */
interface Envelope {
  readonly data: unknown;
  readonly metadata: unknown;
  readonly schemaVersion: number;
  readonly type: string;
}

/**
 * `JSON.stringify(event)` for one of the parser's own events, which it builds with their keys in
 * canonical order. A statement is written piece by piece: its text and its paragraphs' texts are
 * nine tenths of an extraction's JSON, and escaping them natively costs more than the search for
 * the few characters to escape (`jsonString`). Every other event's data is `JSON.stringify`'s; the
 * metadata all events of an extraction share is written once.
 *
 * The result is the same string, character for character (the tests recompute every digest with
 * `digestEvents`, which knows nothing of this).
 */
export function canonicalEventJson(event: Envelope, shared: SharedJson = new Map()): string {
  if (event.type === 'statement-made') {
    return `{"data":${statementJson(event.data as StatementData, shared)},"metadata":${sharedJson(
      event.metadata,
      shared,
    )},"schemaVersion":${event.schemaVersion},"type":"statement-made"}`;
  }
  // (A member left undefined would be left out: `JSON.stringify` knows how.)
  if (
    event.data === undefined ||
    event.metadata === undefined ||
    !Number.isFinite(event.schemaVersion)
  )
    return JSON.stringify(event);
  // Every event of an extraction carries the same metadata object: its JSON is written once.
  return `{"data":${JSON.stringify(event.data)},"metadata":${sharedJson(event.metadata, shared)},"schemaVersion":${event.schemaVersion},"type":${jsonString(event.type)}}`;
}

/**
 * The JSON of objects that many events of one extraction share (its metadata, a speaker's object
 * for each of their turns), by object: written once. Only for the length of one digest, during
 * which nothing changes them.
 */
export type SharedJson = Map<unknown, string>;

function sharedJson(value: unknown, shared: SharedJson): string {
  let json = shared.get(value);
  if (json === undefined) shared.set(value, (json = JSON.stringify(value)));
  return json;
}

function statementJson(d: StatementData, shared: SharedJson): string {
  let paragraphs = '';
  // The statement's text is its non-empty paragraphs' texts joined by a blank line (see
  // `extractEvents`), and JSON escapes character by character: its JSON is the paragraphs'
  // escaped texts joined by an escaped blank line, so each text is escaped once, not twice.
  let text = '';
  let textLength = -2;
  for (let i = 0; i < d.paragraphs.length; i++) {
    const p = d.paragraphs[i]!;
    const escaped = jsonStringBody(p.text);
    paragraphs += `${i > 0 ? ',' : ''}{"span":{"end":${p.span.end},"start":${p.span.start}},"text":"${escaped}"}`;
    if (p.text.length > 0) {
      text = textLength < 0 ? escaped : `${text}\\n\\n${escaped}`;
      textLength += p.text.length + 2;
    }
  }
  // Only the parser's own statements come here; a text not built that way is escaped as it is.
  const textJson =
    (textLength < 0 ? 0 : textLength) === d.text.length ? `"${text}"` : jsonString(d.text);
  return (
    `{"annotations":${JSON.stringify(d.annotations)},"ordinal":${d.ordinal},` +
    `"paragraphs":[${paragraphs}],"sectionId":${d.sectionId === null ? 'null' : jsonString(d.sectionId)},` +
    `"span":{"end":${d.span.end},"start":${d.span.start}},"speaker":${sharedJson(d.speaker, shared)},` +
    `"statementId":${jsonString(d.statementId)},"text":${textJson},"wordCount":${d.wordCount}}`
  );
}

/** Characters JSON escapes: quote, backslash, controls, and surrogates (a lone one is escaped). */
// eslint-disable-next-line no-control-regex -- control characters are what JSON escapes
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Escaped characters other than quote, backslash and line feed: left to `JSON.stringify`. */
// eslint-disable-next-line no-control-regex -- control characters are what JSON escapes
const RARELY_ESCAPED = /[\u0000-\u0009\u000b-\u001f\ud800-\udfff]/;

/**
 * `JSON.stringify(s)` for a string. Statement text holds quotes and the line feeds between its
 * paragraphs, and nothing else to escape: those three are replaced by native searches, which
 * cost a fraction of `JSON.stringify`'s character-by-character escaping of a two-byte string.
 */
export function jsonString(s: string): string {
  return `"${jsonStringBody(s)}"`;
}

/** {@link jsonString} without the quotes around it. */
function jsonStringBody(s: string): string {
  if (!ESCAPED.test(s)) return s;
  if (RARELY_ESCAPED.test(s)) return JSON.stringify(s).slice(1, -1);
  let out = s;
  if (out.includes('\\')) out = out.replaceAll('\\', '\\\\');
  if (out.includes('"')) out = out.replaceAll('"', '\\"');
  if (out.includes('\n')) out = out.replaceAll('\n', '\\n');
  return out;
}
