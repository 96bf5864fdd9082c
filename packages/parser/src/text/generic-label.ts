/** Labels that name a role in the exchange, not a person: "Question:", "Remark:", "Reply:". */
const GENERIC_WORDS = new Set([
  'question',
  'questions',
  'remark',
  'remarks',
  'reply',
  'response',
  'answer',
  'comment',
  'voice',
  'voices',
  'audience',
  'interpreter',
  'moderator',
  'presenter',
  'host',
  'journalist',
  'correspondent',
  'reporter',
  'participant',
  'student',
  'announcer',
  'speaker',
]);

/** Words that extend a generic label: "Question from Perm Territory", "Remark from the audience". */
const EXTENDERS = new Set(['from', 'by', 'to']);

/**
 * True for a generic label: a role word alone or extended ("Question from Perm Territory"). Its
 * speaker is not a person, so the extractor gives it the kind `generic`.
 */
export function isGenericLabel(label: string): boolean {
  const space = label.indexOf(' ');
  if (!GENERIC_WORDS.has((space < 0 ? label : label.slice(0, space)).toLowerCase())) return false;
  const lower = label.toLowerCase();
  if (GENERIC_WORDS.has(lower)) return true;
  const words = lower.split(' ');
  return GENERIC_WORDS.has(words[0] ?? '') && EXTENDERS.has(words[1] ?? '') && words.length <= 10;
}
