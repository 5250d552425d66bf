/** Rule descriptions in the shape reporters and `alignkit rules` use. */
import { CORE_CHECKS } from '../core-checks.js';
import { RULES } from './index.js';
import type { Rule } from './types.js';

export function ruleHelp(rule: Rule): string {
  return `${rule.description}\n\n${rule.rationale}\n\nFlagged:\n\n\`\`\`yaml\n${rule.docs.bad}\n\`\`\`\n\nPasses:\n\n\`\`\`yaml\n${rule.docs.good}\n\`\`\``;
}

export function allRuleMeta(): { id: string; description: string; severity: 'error' | 'warning'; help?: string; core?: boolean }[] {
  return [...CORE_CHECKS.map((c) => ({ ...c, core: true })), ...RULES.map((r) => ({ id: r.id, description: r.description, severity: r.severity, help: ruleHelp(r) }))];
}
