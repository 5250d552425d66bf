import { ruleTester } from '../helpers/rule-tester.js';

const NOTES = 'brief_notes: One commute video, one "noise test" video on a busy street.';
const notes = (extra: string): [string, string] => [NOTES, `brief_notes: One commute video, one "noise test" video on a busy street. ${extra}`];
const NO_PAID_GRANT: [string, string] = [
  '  paid:\n    mechanisms: [spark_ads, partnership_ads]\n    days: 60\n    start: go_live\n    territories: [US, CA]\n    spend_cap: { amount: 40000, currency: USD }\n    fee: { amount: 4000, currency: USD }\n',
  '',
];

ruleTester('paid-use-in-text', {
  valid: [
    { name: 'the base spec (its "Paid partnership" label is a disclosure tool, not paid use)' },
    { name: 'paid use negated in the notes', edits: [notes('No whitelisting, no dark posts, and the videos will not be boosted.')] },
    { name: '"boost" as marketing speak, not boosting content', edits: [notes('The series should boost awareness of noise cancelling in Canada.')] },
    { name: 'a granted mechanism for a granted period', edits: [notes('Spark codes within 48 h of go-live; we boost the best video for 30 days.')] },
    { name: 'no paid grant and no paid use written anywhere', edits: [NO_PAID_GRANT] },
    { name: 'Spark Ads in the granted countries, by name and by code', edits: [notes('Spark Ads in the United States and Canada, partnership ads in US/CA only.')] },
    { name: 'a country named in a sentence that states no paid use', edits: [notes('Shot in the UK; Spark Ads for 30 days.')] },
  ],
  invalid: [
    {
      name: 'whitelisting written in a brief when only Spark Ads and partnership ads are granted',
      edits: [notes('Nova will whitelist the best video from its own account.')],
      errors: [{ at: 'One commute video', message: /"whitelist" names whitelisting, but the usage rights grant only `spark_ads`, `partnership_ads`/ }],
    },
    {
      name: 'Spark Ads for longer than the granted days',
      edits: [notes('Spark Ads on the best video for 90 days.')],
      errors: [{ at: 'One commute video', message: /"Spark Ads" for 90 days is longer than the 60 days of paid use granted/ }],
    },
    {
      name: 'Spark Ads in a country the rights do not cover',
      edits: [notes('We will also run the best video as Spark Ads in the UK.')],
      errors: [{ at: 'One commute video', message: /"Spark Ads" in UK \(GB\), but paid use is granted in `US`, `CA` only/ }],
    },
    {
      name: 'partnership ads across two countries outside the grant, with a longer period',
      edits: [notes('Partnership ads across Germany and Austria for 90 days.')],
      errors: [{ at: 'One commute video', message: /"Partnership ads" in Germany \(DE\), Austria \(AT\), but paid use is granted in `US`, `CA` only; "Partnership ads" for 90 days is longer/ }],
    },
    {
      name: 'boosting in a brief when the agreement grants no paid use',
      edits: [NO_PAID_GRANT, notes('We will boost the best video in week two.')],
      errors: [{ at: 'One commute video', message: /"boost the best video" describes paid use, but the agreement grants none/ }],
    },
  ],
});
