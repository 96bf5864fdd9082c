/**
 * English function words, plus the conversational fillers of spoken transcripts ("colleagues",
 * "thank", "would like"), which are frequent in every meeting and say nothing about any one of them.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although always am among an and another any
  anyone anything are aren't around as at be became because become been before being below between
  both but by can can't cannot could couldn't did didn't do does doesn't doing don't done down during
  each either else even ever every few for from further get gets getting give given go goes going gone
  got had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him
  himself his how how's however i i'd i'll i'm i've if in into is isn't it it's its itself just
  least less let let's like likewise made make makes making many may me might more most much must
  mustn't my myself need needs neither never no nor not now of off often on once one ones only or
  other others otherwise our ours ourselves out over own per perhaps put quite rather really said same
  say saying says see seem seems shall shan't she she'd she'll she's should shouldn't since so some
  something still such take than that that's the their theirs them themselves then there there's
  therefore these they they'd they'll they're they've thing things this those though through thus
  to too toward towards under until up upon us use used very via want wants was wasn't we we'd we'll
  we're we've well were weren't what what's whatever when when's where where's whether which while
  who who's whom whose why why's will with within without won't would wouldn't yes yet you you'd
  you'll you're you've your yours yourself yourselves
  mr ms mrs dear colleague colleagues friend friends thank thanks thank-you please today now already
  good great know think believe course certainly indeed instance example particular particularly
  important especially way ways lot lots kind sort time times year years day days first second third
  new also able fact far long look looking looked go come coming came tell told talk talking talked
  speak speaking spoke mean means right sure okay ok everything everyone anybody nothing somebody
  someone two three four five six seven eight nine ten hundred thousand million billion percent
  per cent well-known next last`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
