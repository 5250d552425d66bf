/** `spring.campaign.yaml` → `spring.signoff.yaml`; any other name gets `.signoff.yaml` after its stem. Kept apart so `lint` can look for a ledger without loading the ledger code. */
export function ledgerNameFor(specName: string): string {
  const match = /^(.*?)(?:\.campaign)?\.ya?ml$/i.exec(specName);
  return `${match ? match[1] : specName}.signoff.yaml`;
}
