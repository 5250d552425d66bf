import { partyCountry, paymentTermLimit } from '../spec/payment-law.js';
import { at, hit, partiesById } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

/** The docs' example: a creator in Paris whose go-live instalment is paid `days` after the invoice. */
const parisCreatorPaidAfter = (days: number, comment: string) => `parties:
  - id: maya-chen
    timezone: Europe/Paris
compensation:
  - creator: maya-chen
    schedule:
      - { pct: 50, trigger: signature, net_days: 15 }
      - { pct: 50, trigger: go_live, net_days: ${days} }${comment}`;

export const paymentTermsWithinLaw: Rule = {
  id: 'payment-terms-within-law',
  severity: 'warning',
  category: 'rights-and-money',
  description: 'Creators working in the EU or the UK are paid within the 60 days the law allows between businesses, unless it lets the parties agree longer.',
  rationale:
    "A creator is a business, so a brand's or agency's payment terms to them are a commercial transaction, and the law puts a floor under them that a spec's own terms cannot lower. The EU Late Payment Directive (2011/7/EU, art. 3(5)) caps contractual payment periods at 60 days unless a longer one is expressly agreed and not grossly unfair to the creditor, as do Germany (BGB § 271a), Italy (D.Lgs. 231/2002), the Netherlands (BW art. 6:119a) and the UK (Late Payment of Commercial Debts (Interest) Act 1998 as amended by SI 2013/395); France (Code de commerce art. L441-10) and Spain (Ley 3/2004 as amended by Ley 15/2010) allow no agreement beyond 60 days at all. A brand's standard 90-day supplier terms, copied into a creator's schedule, are the usual way this happens. Where the creator works is read from their party: their `country` when stated, else the country of their public holidays (`holidays: DE-BE`), else the country of their time zone; the message names which. A longer term the creator expressly accepted, where the law allows it, is waived with that reason.",
  docs: { bad: parisCreatorPaidAfter(90, "   # the brand's supplier terms"), good: parisCreatorPaidAfter(45, '') },
  check(spec) {
    const hits: RuleHit[] = [];
    const parties = partiesById(spec);
    spec.compensation.forEach((c, i) => {
      const creator = parties.get(c.creator);
      const where = creator && partyCountry(creator);
      const limit = where && paymentTermLimit(where.code);
      if (!creator || !where || !limit) return;
      const late = c.schedule.flatMap((step, j) => (step.net_days > limit.days ? [{ step, j }] : []));
      if (late.length === 0) return;
      const longest = Math.max(...late.map((l) => l.step.net_days));
      const which =
        late.length === c.schedule.length
          ? c.schedule.length === 1
            ? 'the only instalment is'
            : c.schedule.length === 2
              ? 'both instalments are'
              : `all ${c.schedule.length} instalments are`
          : late.length === 1
            ? `instalment ${late[0]!.j + 1} of ${c.schedule.length} is`
            : `instalments ${late.map((l) => l.j + 1).join(', ')} of ${c.schedule.length} are`;
      const days = late.every((l) => l.step.net_days === longest) ? `${longest} days` : `up to ${longest} days`;
      const rule = limit.waivable
        ? `between businesses in ${limit.country}, more than ${limit.days} days holds only when it is expressly agreed and not grossly unfair to the creator (${limit.source})`
        : `${limit.country} allows no payment term between businesses beyond ${limit.days} days, whatever the contract says (${limit.source})`;
      hits.push(
        hit(
          at('compensation', i, 'schedule', late[0]!.j, 'net_days'),
          `${creator.name} works in ${limit.country} (${where.shownBy}), and ${which} paid ${days} after ${late.length === 1 ? 'its' : 'their'} trigger; ${rule}.`,
          {
            hint: limit.waivable ? `Agree ${limit.days} days or fewer, or waive this warning with the reason ${creator.name} accepted the longer term.` : `Agree ${limit.days} days or fewer.`,
          },
        ),
      );
    });
    return hits;
  },
};
