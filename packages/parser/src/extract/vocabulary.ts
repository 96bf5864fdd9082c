/**
 * Word lists the extractor leans on where the page's words, not its markup, say what something
 * is. Kept small and closed: they name conventions of official English (countries, the nouns that
 * end an organisation's name, the words of a title), not pages.
 */

/** Country names as they follow "of" in a position ("President of Iran"), multi-word ones included. */
export const COUNTRIES: ReadonlySet<string> = new Set([
  'Abkhazia', 'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia',
  'Australia', 'Austria', 'Azerbaijan', 'Bahrain', 'Bangladesh', 'Belarus', 'Belgium', 'Benin',
  'Bolivia', 'Bosnia and Herzegovina', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria', 'Burkina Faso',
  'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Chad', 'Chile', 'China', 'Colombia', 'Congo',
  'Costa Rica', 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'Czechia', 'Denmark', 'Djibouti',
  'Ecuador', 'Egypt', 'Equatorial Guinea', 'Eritrea', 'Estonia', 'Ethiopia', 'Finland', 'France',
  'Gabon', 'Gambia', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Guatemala', 'Guinea',
  'Guinea-Bissau', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland',
  'Israel', 'Italy', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Korea', 'Kuwait', 'Kyrgyzstan',
  'Laos', 'Latvia', 'Lebanon', 'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg', 'Madagascar',
  'Malaysia', 'Mali', 'Malta', 'Mauritania', 'Mexico', 'Moldova', 'Monaco', 'Mongolia',
  'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Namibia', 'Nepal', 'Netherlands',
  'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Korea', 'North Macedonia', 'Macedonia',
  'Norway', 'Oman', 'Pakistan', 'Palestine', 'Panama', 'Paraguay', 'Peru', 'Philippines',
  'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda', 'Saudi Arabia', 'Senegal',
  'Serbia', 'Singapore', 'Slovakia', 'Slovenia', 'Somalia', 'South Africa', 'South Korea',
  'South Ossetia', 'South Sudan', 'Spain', 'Sri Lanka', 'Sudan', 'Sweden', 'Switzerland',
  'Syria', 'Tajikistan', 'Tanzania', 'Thailand', 'Togo', 'Tunisia', 'Turkey', 'Turkmenistan',
  'Uganda', 'Ukraine', 'United Arab Emirates', 'UAE', 'United Kingdom', 'Great Britain',
  'United States', 'United States of America', 'USA', 'Uruguay', 'Uzbekistan', 'Venezuela',
  'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe', 'Russian Federation', 'Republika Srpska',
]);

/** The longest country name, in words: bounds the look-ahead after "of". */
export const MAX_COUNTRY_WORDS = 4;

/**
 * Nouns that close an organisation's or body's name: "Secretary General of the Collective
 * Security Treaty Organisation Stanislav Zas" — the name follows "Organisation".
 */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'Organisation', 'Organization', 'Council', 'Committee', 'Commission', 'Service', 'Bank',
  'Corporation', 'Company', 'Union', 'Federation', 'Fund', 'Institute', 'Agency', 'Ministry',
  'Office', 'Party', 'Group', 'Board', 'JSC', 'Chamber', 'Assembly', 'Duma', 'Government',
  'Administration', 'Centre', 'Center', 'University', 'Academy', 'Forces', 'Fleet', 'Brigade',
  'Works', 'Airlines', 'Association', 'Society', 'Foundation', 'Court', 'Parliament', 'Senate',
  'Congress', 'Directorate', 'Secretariat', 'Inspectorate', 'Department', 'Holding', 'Holdings',
  'Partners', 'Capital', 'Guard', 'Troops', 'Navy', 'Army', 'League', 'Community', 'Communities',
  'Forum', 'Club', 'Team', 'Network', 'Exchange', 'Authority', 'Cooperation', 'Treaty',
  'Movement', 'Front', 'Headquarters', 'Theatre', 'Museum', 'Library', 'Hospital', 'School',
  'Region', 'Territory', 'District', 'Republic', 'Province', 'State', 'City', 'Area', 'Oblast',
  'Krai', 'Okrug', 'Entity', 'Presidium', 'Corps', 'Police',
]);

/** Nouns of a title: the name starts after the last of them ("Gazprom CEO Alexei Miller"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'President', 'Minister', 'Premier', 'Chancellor', 'Governor', 'Mayor', 'Director', 'Chairman',
  'Chairwoman', 'Chairperson', 'Chair', 'Co-Chair', 'Head', 'Chief', 'CEO', 'Aide', 'Adviser',
  'Advisor', 'Speaker', 'Envoy', 'Commissioner', 'Secretary', 'Secretary-General', 'General',
  'Officer', 'Manager', 'Founder', 'Co-founder', 'Partner', 'Anchor', 'Rabbi', 'Patriarch',
  'Mufti', 'Metropolitan', 'King', 'Queen', 'Prince', 'Princess', 'Emir', 'Sultan', 'Sheikh',
  'Leader', 'Deputy', 'Vice', 'First', 'Acting', 'Ambassador', 'Representative', 'Member',
  'Presidential', 'Prosecutor', 'Ombudsman', 'Editor', 'Editor-in-Chief', 'Rector', 'Dean',
  'Professor', 'Academician', 'Coach', 'Captain', 'Colonel', 'Lieutenant', 'Major', 'Admiral',
  'Marshal', 'Sergeant', 'Corporal', 'Commander', 'Commander-in-Chief', 'Pilot', 'Cosmonaut',
  'Worker', 'Teacher', 'Doctor', 'Student', 'Moderator', 'Host', 'Presenter', 'Correspondent',
  'Journalist', 'Owner', 'Proprietor', 'Mayor-elect', 'Governor-elect', 'Ruler', 'Emperor',
  'Pope', 'Bishop', 'Archbishop', 'Auditor', 'Inspector', 'Superintendent', 'Executive',
  'Attorney', 'Justice', 'Judge', 'Spokesman', 'Spokeswoman', 'Press', 'Lt-Gen', 'Hero',
  'Winner', 'Champion', 'Participant', 'Veteran', 'Entrepreneur', 'Artist', 'Singer', 'Actor',
  'Actress', 'Writer', 'Poet', 'Composer', 'Conductor', 'Mr', 'Ms', 'Mrs', 'Dr',
]);

/** Lower-case words that may stand inside a position ("Minister of Construction and Housing"). */
export const POSITION_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', 'de', 'da', 'du', 'del', 'von', 'van', 'bin',
  'al', 'el', '-', '–', '—', '&',
]);

/**
 * Labels that name no one: "Question", "Remark", "Reply", also with a qualifier ("Question from
 * Perm Territory", "Remark from the audience").
 */
export const GENERIC_LABEL_WORDS: ReadonlySet<string> = new Set([
  'question', 'questions', 'remark', 'remarks', 'reply', 'replies', 'response', 'answer',
  'comment', 'comments', 'voice', 'voices', 'interjection', 'audience', 'voice-over', 'chorus',
  'unidentified',
]);

/**
 * Words of a ministry's or office's domain, never of a personal name: "Natural Resources and
 * Environment Minister Sergei Donskoy" is one position, not "Natural Resources" and a minister.
 */
export const DOMAIN_WORDS: ReadonlySet<string> = new Set([
  'Natural', 'Resources', 'Environment', 'Environmental', 'Industry', 'Trade', 'Affairs', 'Development',
  'Economic', 'Economy', 'Defence', 'Defense', 'Security', 'Culture', 'Education', 'Science', 'Health',
  'Healthcare', 'Labour', 'Social', 'Protection', 'Transport', 'Energy', 'Agriculture', 'Finance',
  'Financial', 'Justice', 'Construction', 'Housing', 'Utilities', 'Sport', 'Sports', 'Foreign',
  'Interior', 'Emergencies', 'Emergency', 'Digital', 'Communications', 'Mass', 'Media', 'Civil',
  'Disaster', 'Relief', 'Higher', 'Public', 'National', 'Federal', 'Regional', 'International',
  'Presidential', 'Government', 'State', 'Central', 'Executive', 'Military', 'Technical', 'Policy',
  'Tourism', 'Youth', 'Children', "Children's", 'Rights', 'Human', 'Ethnic', 'Migration', 'Tax',
  'Customs', 'Budget', 'Investment', 'Investments', 'Innovation', 'Technology', 'Technologies',
]);
