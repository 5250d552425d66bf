/** RFC 6901 JSON pointers, and the readable paths used in messages. */

// Most segments hold neither `~` nor `/`: they are copied as they are. (The kickoff interview encodes a
// pointer for every field it reads; the two replacements per segment were a seventh of a kickoff's time.)

export function decodePointer(pointer: string): string[] {
  if (pointer === '') return [];
  const segments = pointer.slice(1).split('/');
  if (!pointer.includes('~')) return segments;
  return segments.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function encodePointer(segments: readonly (string | number)[]): string {
  let pointer = '';
  for (const segment of segments) {
    const text = String(segment);
    pointer += text.includes('~') || text.includes('/') ? `/${text.replace(/~/g, '~0').replace(/\//g, '~1')}` : `/${text}`;
  }
  return pointer;
}

export function appendPointer(pointer: string, segment: string | number): string {
  return pointer + encodePointer([segment]);
}

const LABEL_KEYS = ['id', 'activity', 'level', 'creator', 'name'] as const;

function labelOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  for (const key of LABEL_KEYS) {
    const label = (value as Record<string, unknown>)[key];
    if (typeof label === 'string' && label.length > 0 && label.length <= 40) return label;
  }
  return undefined;
}

/**
 * `/deliverables/2/draft_due` becomes `deliverables[2] (tiktok-1).draft_due`, so a
 * marketer can find the entry by the id they gave it.
 */
export function readablePath(pointer: string, data: unknown): string {
  let out = '';
  let node: unknown = data;
  for (const segment of decodePointer(pointer)) {
    if (Array.isArray(node)) {
      const item: unknown = node[Number(segment)];
      const label = labelOf(item);
      out += `[${segment}]${label ? ` (${label})` : ''}`;
      node = item;
    } else {
      out += out === '' ? segment : `.${segment}`;
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return out;
}
