/** An organisation as its glossary title names it. */
export interface OrganisationName {
  /** The glossary title as written, abbreviation included: "Collective Security Treaty Organisation (CSTO)". */
  readonly name: string;
  /** The full name alone: "Collective Security Treaty Organisation"; the id is derived from it. */
  readonly fullName: string;
  readonly abbreviation: string | null;
}

/**
 * The site's glossary title ends in the abbreviation in parentheses:
 * "Collective Security Treaty Organisation (CSTO)"; "State Duma" has none.
 */
const TITLE_WITH_ABBREVIATION = /^(.*\S)\s*\(([^()]{1,20})\)$/;

/**
 * Splits a glossary title: "Collective Security Treaty Organisation (CSTO)" → full name
 * "Collective Security Treaty Organisation", abbreviation "CSTO".
 */
export function splitGlossaryTitle(term: string): OrganisationName {
  const t = term.trim();
  const m = TITLE_WITH_ABBREVIATION.exec(t);
  if (m) return { name: t, fullName: m[1]!, abbreviation: m[2]!.trim() };
  return { name: t, fullName: t, abbreviation: null };
}
