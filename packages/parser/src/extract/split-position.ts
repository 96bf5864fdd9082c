import {
  COUNTRIES,
  MAX_COUNTRY_WORDS,
  ORGANISATION_NOUNS,
  POSITION_CONNECTORS,
  TITLE_WORDS,
} from './vocabulary.js';
import { bare, isCapitalised, type Word } from './words.js';

/** Lower-case words after which the capitalised run still continues the position ("of Iran", "and Trade"). */
const COMPLEMENT_LEAD = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at']);

/**
 * Where the person's name starts in "Position Name" words, without a link to say so: "President
 * of Iran Seyyed Ebrahim Raisi" → at "Seyyed". After "of" (or "and", "for" …) the position runs
 * on through a country ("of Iran") or to an organisation's closing noun ("of the Collective
 * Security Treaty Organisation"), else the name is the last two words; with no "of", the name
 * follows the last title word ("Gazprom CEO Alexei Miller"). Null when no name can be seen.
 */
export function nameStartOf(input: readonly Word[]): number | null {
  const words = shoutedAsWritten(input);
  const n = words.length;
  if (n === 0) return null;
  // The trailing run of capitalised words: the name, maybe with the end of the position before it.
  let runStart = n;
  while (runStart > 0 && isNameWord(words[runStart - 1]!.text)) runStart--;
  if (runStart === n) return null;
  const lastWord = bare(words[n - 1]!.text);
  // "… Volga Federal District", "… Natural Disaster Relief": a position without a name.
  if (ORGANISATION_NOUNS.has(lastWord) || TITLE_WORDS.has(lastWord)) return null;
  let from: number;
  const before = runStart > 0 ? words[runStart - 1]!.text.toLowerCase() : '';
  if (COMPLEMENT_LEAD.has(before)) {
    const country = countryAt(words, runStart);
    let lastNoun = -1;
    for (let i = runStart; i < n - 1; i++) {
      const w = bare(words[i]!.text);
      if (ORGANISATION_NOUNS.has(w) || TITLE_WORDS.has(w)) lastNoun = i;
    }
    if (country > 0 && lastNoun < runStart + country) from = runStart + country;
    else if (lastNoun >= 0) {
      from = lastNoun + 1;
      // "… of the State Company Russian Highways Vyacheslav Petushenko": a company's own name may
      // follow its noun; more than three plain words after it leave the last two for the person.
      const rest = words.slice(from).map((w) => bare(w.text));
      if (rest.length > 3 && !rest.some((w) => NAME_PARTICLES.has(w.toLowerCase()))) from = n - 2;
    } else if (n - runStart >= 3) from = n - 2;
    else return null;
  } else {
    // "Gazprom CEO Alexei Miller", "Deputy Prime Minister Olga Golodets": after the last title word.
    let lastTitle = -1;
    for (let i = runStart; i < n - 1; i++) {
      const w = bare(words[i]!.text);
      if (TITLE_WORDS.has(w) || ORGANISATION_NOUNS.has(w) || isAllCapsAcronym(w)) lastTitle = i;
    }
    if (lastTitle >= 0) from = lastTitle + 1;
    else if (runStart > 0 || n - runStart <= 3) from = runStart;
    else from = n - 2;
  }
  if (from >= n) return null;
  return from;
}

/**
 * Labels set in capitals ("GOVERNOR OF CALIFORNIA ARNOLD SCHWARZENEGGER", "President OF RUSSIA
 * DMITRY MEDVEDEV") read as ordinary case, so that "of" and the country are seen; indices are
 * unchanged.
 */
function shoutedAsWritten(words: readonly Word[]): readonly Word[] {
  const shouted = words.filter(
    (w) => w.text.length > 1 && /^[A-Z][A-Z'’-]+[,.:]?$/.test(w.text),
  ).length;
  if (shouted < 2) return words;
  return words.map((w) => {
    if (!/^[A-Z][A-Z'’-]+[,.:]?$/.test(w.text) || w.text.length <= 1) return w;
    const lower = w.text.toLowerCase();
    const text = POSITION_CONNECTORS.has(bare(lower)) ? lower : w.text.charAt(0) + lower.slice(1);
    return { ...w, text };
  });
}

/** Words of a country name starting at `i` ("Saudi Arabia" → 2), 0 when none. */
export function countryAt(words: readonly Word[], i: number): number {
  for (let len = Math.min(MAX_COUNTRY_WORDS, words.length - i); len >= 1; len--) {
    const phrase = words
      .slice(i, i + len)
      .map((w, k) => (k === len - 1 ? bare(w.text) : w.text))
      .join(' ');
    if (COUNTRIES.has(phrase)) return len;
  }
  return 0;
}

function isAllCapsAcronym(w: string): boolean {
  return w.length >= 2 && w.length <= 6 && /^[A-Z]+$/.test(w) && w !== 'II' && w !== 'III';
}

/** Lower-case particles inside a personal name: "Mohammad bin Salman Al Saud", "Abdel Fattah el-Sisi". */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin',
  'ibn',
  'al',
  'el',
  'de',
  'da',
  'du',
  'del',
  'von',
  'van',
  'der',
]);

/** A word that can be part of a personal name: capitalised, or a particle inside one. */
function isNameWord(w: string): boolean {
  // "(OPCW)", "(St Petersburg)": a parenthesis is an abbreviation or a place, never part of a name.
  if (w.startsWith('(') || w.replace(/[.,;:]+$/, '').endsWith(')')) return false;
  const b = bare(w);
  // "el-Sisi", "al-Assad": a lower-case particle hyphenated to a capitalised name.
  const hyphen = b.indexOf('-');
  const particled =
    hyphen > 0 && NAME_PARTICLES.has(b.slice(0, hyphen)) && isCapitalised(b.slice(hyphen + 1));
  return b.length > 0 && (isCapitalised(b) || NAME_PARTICLES.has(b) || particled);
}

/**
 * The country or organisation a position names: "Prime Minister of Armenia" → country Armenia;
 * "Secretary General of the Collective Security Treaty Organisation" → that organisation.
 */
export function placeOfPosition(position: string | null): {
  country: string | null;
  organisation: string | null;
} {
  if (!position) return { country: null, organisation: null };
  // The last "of" names the body: "Chief of Staff of the Presidential Executive Office".
  const idx = position.lastIndexOf(' of ');
  if (idx < 0) {
    // "Russian President", "CSTO Secretary General": no "of"; nothing reliable to name.
    return { country: null, organisation: null };
  }
  let rest = position.slice(idx + 4).trim();
  if (rest.startsWith('the ')) rest = rest.slice(4);
  // "the Republic of Armenia", "People's Republic of China": the country after the last "of".
  const words = rest.split(' ');
  for (let i = 0; i < words.length; i++) {
    for (let len = Math.min(MAX_COUNTRY_WORDS, words.length - i); len >= 1; len--) {
      const phrase = words
        .slice(i, i + len)
        .join(' ')
        .replace(/[.,;]+$/, '');
      if (
        COUNTRIES.has(phrase) &&
        (i === 0 ||
          /^(?:Republic|Kingdom|Federation|State|Emirates) of$/.test(
            words.slice(i - 2, i).join(' '),
          ) ||
          words[i - 1] === 'of')
      ) {
        const tail = words.slice(i + len);
        if (tail.length === 0 || !tail.some((w) => ORGANISATION_NOUNS.has(w))) {
          return {
            country: phrase === 'Russian Federation' ? 'Russia' : phrase,
            organisation: null,
          };
        }
      }
    }
  }
  const orgWords = rest.split(' ');
  const last = orgWords[orgWords.length - 1] ?? '';
  if (
    ORGANISATION_NOUNS.has(bare(last)) &&
    !/^(?:Region|Territory|District|Province|City|Area|Oblast|Krai|Okrug|State|Republic)$/.test(
      bare(last),
    )
  ) {
    return { country: null, organisation: rest };
  }
  // "(CSTO)" closing an organisation: "Secretary General of the Collective Security Treaty Organisation (CSTO)".
  const abbr = /^(.*\S) \([A-Z]{2,10}\)$/.exec(rest);
  if (abbr && ORGANISATION_NOUNS.has(bare(abbr[1]!.split(' ').pop() ?? ''))) {
    return { country: null, organisation: abbr[1]! };
  }
  return { country: null, organisation: null };
}

/** Lower-case words that stand inside positions: "United Russia faction leader". */
const LOWER_POSITION_WORDS: ReadonlySet<string> = new Set(['faction', 'group', 'party']);

/**
 * A title word written in lower case: "presidential aides Igor Levitin and Maxim Oreshkin",
 * "the incumbent governor Mikhail Men".
 */
export function isLowerTitle(word: string): boolean {
  const b = bare(word);
  if (b.length === 0 || isCapitalised(b)) return false;
  const code = b.charCodeAt(0);
  // An ASCII lower-case first letter (most words) is looked up as it is, without building the
  // capitalised form: upper-casing a-z is one to one.
  if (code >= 0x61 && code <= 0x7a)
    return LOWER_TITLE_WORDS.has(b) || (b.endsWith('s') && LOWER_TITLE_WORDS.has(b.slice(0, -1)));
  const title = b.charAt(0).toUpperCase() + b.slice(1);
  return TITLE_WORDS.has(title) || (title.endsWith('s') && TITLE_WORDS.has(title.slice(0, -1)));
}

/** The title words that start with A–Z, that letter in lower case: "minister" for "Minister". */
const LOWER_TITLE_WORDS: ReadonlySet<string> = new Set(
  [...TITLE_WORDS]
    .filter((t) => /^[A-Z]/.test(t))
    .map((t) => t.charAt(0).toLowerCase() + t.slice(1)),
);

/** A word of a title or connector: what may stand in a position before a name. */
export function isPositionWord(w: string): boolean {
  const b = bare(w);
  if (b.length === 0) return false;
  return (
    isCapitalised(b) ||
    POSITION_CONNECTORS.has(b) ||
    /^[0-9]/.test(b) ||
    LOWER_POSITION_WORDS.has(b) ||
    isLowerTitle(b)
  );
}
