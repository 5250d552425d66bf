import { countriesNamed } from '../spec/country-names.js';
import { readablePath } from '../spec/pointer.js';
import { daysOf, PERIOD, paidUseStatements } from '../spec/paid-use-text.js';
import { PROVENANCE_KEY } from '../spec/provenance.js';
import { hit, quoteList } from './helpers.js';
import { textFields } from './text-fields.js';
import type { Rule, RuleHit } from './types.js';

export const paidUseInText: Rule = {
  id: 'paid-use-in-text',
  severity: 'error',
  category: 'rights-and-money',
  description:
    'Free text that describes paid use of the content (boosting, Spark Ads, partnership ads, whitelisting, dark posts) matches what usage_rights.paid grants: some paid use at all, the mechanism it names, the countries it names, and no longer period.',
  rationale:
    'Paid use is granted in usage_rights.paid, but teams write it where they think: "we\'ll boost the best video for 90 days" in a brief\'s notes, "Spark codes within 48 h" in the dos. The creator signs the rights, the media buyer reads the notes, and the two disagree in week three. Each such statement is read against the grant: no paid use granted, a mechanism outside the granted ones, a country outside the granted territories (named in the same sentence: "Spark Ads in the UK", "partnership ads across Germany"), or a period longer than the granted days is an error at the text. Negated statements ("no boosting", "will not be whitelisted") and the platforms\' disclosure tools ("Paid partnership" label, YouTube\'s "paid promotion" box) are not paid use.',
  docs: {
    bad: `usage_rights:
  organic: { channels: [tiktok], days: 180 }
  paid: ~                                    # no paid use granted
deliverables:
  - id: maya-tiktok
    brief_notes: We will boost the best video for 30 days.`,
    good: `usage_rights:
  organic: { channels: [tiktok], days: 180 }
  paid: { mechanisms: [spark_ads], days: 30, start: go_live, territories: [US] }
deliverables:
  - id: maya-tiktok
    brief_notes: We will boost the best video with Spark Ads for 30 days.`,
  },
  check(spec) {
    const paid = spec.usage_rights.paid;
    const hits: RuleHit[] = [];
    for (const field of textFields(spec)) {
      if (field.section === PROVENANCE_KEY) continue;
      const problems: string[] = [];
      for (const { said, mechanism, label, sentence } of paidUseStatements(field.text)) {
        if (!paid) {
          problems.push(`"${said}" describes paid use, but the agreement grants none (usage_rights has no paid grant)`);
          continue;
        }
        if (mechanism && !paid.mechanisms.includes(mechanism)) {
          problems.push(`"${said}" names ${label}, but the usage rights grant only ${quoteList(paid.mechanisms)}`);
        }
        const outside = countriesNamed(sentence).filter((country) => !paid.territories.includes(country.code));
        if (outside.length > 0) {
          const where = outside.map((country) => (country.said === country.code ? country.code : `${country.said} (${country.code})`)).join(', ');
          problems.push(`"${said}" in ${where}, but paid use is granted in ${quoteList(paid.territories)} only`);
        }
        const period = PERIOD.exec(sentence);
        if (period && daysOf(Number(period[1]), period[2]!) > paid.days) {
          problems.push(`"${said}" for ${period[0]} is longer than the ${paid.days} days of paid use granted`);
        }
      }
      if (problems.length > 0) {
        hits.push(
          hit(field.pointer, `In ${readablePath(field.pointer, spec)}: ${[...new Set(problems)].join('; ')}.`, {
            hint: 'Grant it in usage_rights.paid (mechanisms, days, territories), or change the text to what is granted.',
          }),
        );
      }
    }
    return hits;
  },
};
