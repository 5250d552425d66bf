/** Shared by the two ways of placing a finding: the exact path (yaml-document.ts) and the block reader (block-yaml.ts). */

/**
 * A finding about a whole mapping or list (a missing key, an item that breaks
 * a rule) ends where its first line ends: editors and code scanning then mark
 * that line, not the 20 lines below it.
 */
export function firstLineOf(text: string, range: readonly number[]): readonly number[] {
  const lineEnd = text.indexOf('\n', range[0]!);
  let end = lineEnd < 0 ? range[1]! : Math.min(range[1]!, lineEnd);
  while (end > range[0]! && (text[end - 1] === ' ' || text[end - 1] === '\r' || text[end - 1] === '\t')) end -= 1;
  return [range[0]!, end];
}
