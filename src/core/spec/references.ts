/**
 * Every field that names a party, KPI, deliverable or milestone by id. The
 * references-resolve rule checks them; kickoff renames and drops ids through them,
 * so a renamed party is renamed everywhere it is named.
 */
export type ReferenceKind = 'party' | 'kpi' | 'deliverable' | 'milestone';

/** Every field that refers to something by id; `*` is any list index. */
export const REFERENCES: readonly [ReferenceKind, readonly string[]][] = [
  ['party', ['campaign', 'brand']],
  ['party', ['campaign', 'owner']],
  ['party', ['parties', '*', 'backup']],
  ['party', ['messaging', 'claims', '*', 'approved_by']],
  ['party', ['deliverables', '*', 'creator']],
  ['party', ['deliverables', '*', 'co_creators', '*']],
  ['party', ['approvals', 'stages', '*', 'approver']],
  ['party', ['milestones', '*', 'owner']],
  ['party', ['raci', '*', 'responsible', '*']],
  ['party', ['raci', '*', 'accountable']],
  ['party', ['raci', '*', 'consulted', '*']],
  ['party', ['raci', '*', 'informed', '*']],
  ['party', ['kpis', '*', 'owner']],
  ['party', ['compensation', '*', 'creator']],
  ['party', ['exclusivity', '*', 'creators', '*']],
  ['party', ['compliance', 'regulated', 'finprom_approver']],
  ['party', ['contingency', 'risks', '*', 'owner']],
  ['party', ['contingency', 'severity_matrix', '*', 'escalate_to', '*']],
  ['party', ['contingency', 'pause_rights', '*', 'holder']],
  ['party', ['contingency', 'backups', '*', 'for']],
  ['party', ['contingency', 'backups', '*', 'replacement']],
  ['party', ['communication', 'cadence', '*', 'attendees', '*']],
  ['party', ['communication', 'escalation_path', '*']],
  ['party', ['decision_log', '*', 'by']],
  ['kpi', ['objectives', '*', 'kpis', '*']],
  ['kpi', ['compensation', '*', 'bonuses', '*', 'kpi']],
  ['kpi', ['communication', 'formal_review', 'kpi_criteria', '*', 'kpi']],
  ['deliverable', ['messaging', 'mandatory', '*', 'applies_to', '*']],
  ['deliverable', ['paid_media_plan', '*', 'deliverables', '*']],
  ['milestone', ['milestones', '*', 'depends_on', '*']],
];

export const REFERENCE_LISTS: Record<ReferenceKind, string> = { party: 'parties', kpi: 'kpis', deliverable: 'deliverables', milestone: 'milestones' };

/**
 * Calls `visit` for every node matching a path pattern, in document order. The
 * path it gets is shared and changes after the call: copy it to keep it. This
 * runs for every reference pattern on every lint, so it allocates nothing.
 */
export function forEachAtPath(node: unknown, pattern: readonly string[], visit: (value: unknown, path: readonly (string | number)[]) => void): void {
  walkPattern(node, pattern, 0, [], visit);
}

function walkPattern(value: unknown, pattern: readonly string[], depth: number, path: (string | number)[], visit: (value: unknown, path: readonly (string | number)[]) => void): void {
  if (depth === pattern.length) {
    visit(value, path);
    return;
  }
  const head = pattern[depth]!;
  if (head === '*') {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < value.length; i += 1) {
      path.push(i);
      walkPattern(value[i], pattern, depth + 1, path, visit);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object' && head in value) {
    path.push(head);
    walkPattern((value as Record<string, unknown>)[head], pattern, depth + 1, path, visit);
    path.pop();
  }
}

/** [value, path] for every node matching a path pattern, in document order. */
export function expandPath(node: unknown, pattern: readonly string[]): [unknown, (string | number)[]][] {
  const found: [unknown, (string | number)[]][] = [];
  forEachAtPath(node, pattern, (value, path) => found.push([value, path.slice()]));
  return found;
}

/** Renames every reference to `from` (of this kind) to `to`, in place. */
export function renameReferences(spec: unknown, kind: ReferenceKind, from: string, to: string): void {
  for (const [k, pattern] of REFERENCES) {
    if (k !== kind) continue;
    // Set where it is found: a reference is a leaf, so the walk goes on as before. Copying every path first
    // made kickoff's answers for 2,000 deliverables spend a quarter of a second here.
    forEachAtPath(spec, pattern, (value, path) => {
      if (value === from) setAt(spec, path, to);
    });
  }
}

/**
 * Removes an id from every list that names it. A reference that is the whole
 * value (an owner, an approver) stays, so lint points at it.
 */
export function dropFromReferenceLists(spec: unknown, kind: ReferenceKind, id: string): void {
  for (const [k, pattern] of REFERENCES) {
    if (k !== kind || pattern[pattern.length - 1] !== '*') continue;
    for (const [list] of expandPath(spec, pattern.slice(0, -1))) {
      if (!Array.isArray(list)) continue;
      for (let i = list.length - 1; i >= 0; i -= 1) if (list[i] === id) list.splice(i, 1);
    }
  }
}

function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

/** Adds `to` to every list that names `from`: a new entry copied from another joins the same lists. */
export function copyListMemberships(spec: unknown, kind: ReferenceKind, from: string, to: string): void {
  for (const [k, pattern] of REFERENCES) {
    if (k !== kind || pattern[pattern.length - 1] !== '*') continue;
    for (const [list] of expandPath(spec, pattern.slice(0, -1))) {
      if (Array.isArray(list) && list.includes(from) && !list.includes(to)) list.push(to);
    }
  }
}
