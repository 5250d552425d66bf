/** The first 12 hex digits of a hash: enough to tell versions apart in a table or a message. */
export function shortHashOf(hash: string): string {
  return hash.slice(0, 12);
}
