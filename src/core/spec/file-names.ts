/**
 * The files alignkit keeps next to a spec, named after it: `spring.campaign.yaml`
 * has its ledger in `spring.signoff.yaml` and its follow-ups in
 * `spring.<date>.followup.yaml`. Kept apart so `lint` can look for a ledger
 * without loading the ledger code.
 */

/** `spring.campaign.yaml` → `spring`; any other name loses only its .yaml or .yml. */
export function specStem(specName: string): string {
  return /^(.*?)(?:\.campaign)?\.ya?ml$/i.exec(specName)?.[1] ?? specName;
}

export function ledgerNameFor(specName: string): string {
  return `${specStem(specName)}.signoff.yaml`;
}

export function followUpNameFor(specName: string, date: string): string {
  return `${specStem(specName)}.${date}.followup.yaml`;
}
