/** `alignkit rules` and `alignkit explain <rule-id>`: the rule set, for people and for tools. */
import { UsageError } from '../errors.js';
import type { Io } from '../io/process-io.js';
import { CORE_CHECKS } from '../core/core-checks.js';
import { ruleMarkdown } from '../core/rules/docs.js';
import { RULES, RULES_BY_ID } from '../core/rules/index.js';

export function runRulesCommand(options: { json: boolean }, io: Io): number {
  if (options.json) {
    const rules = RULES.map((r) => ({ id: r.id, severity: r.severity, category: r.category, description: r.description }));
    io.stdout.write(`${JSON.stringify({ rules, coreChecks: CORE_CHECKS }, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...RULES.map((r) => r.id.length));
  const lines: string[] = [];
  for (const category of [...new Set(RULES.map((r) => r.category))].sort()) {
    lines.push(category);
    for (const r of RULES.filter((rule) => rule.category === category)) lines.push(`  ${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}`);
    lines.push('');
  }
  lines.push(`${RULES.length} rules. \`alignkit explain <rule-id>\` shows why a rule exists and how to satisfy it.`);
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export async function runExplain(id: string, io: Io): Promise<number> {
  const rule = RULES_BY_ID.get(id);
  if (rule) {
    io.stdout.write(ruleMarkdown(rule));
    return 0;
  }
  const check = CORE_CHECKS.find((c) => c.id === id);
  if (check) {
    io.stdout.write(`# ${check.id}\n\n${check.description}\n\n- Severity: ${check.severity}\n- A core check: it always runs and cannot be switched off.\n`);
    return 0;
  }
  const { didYouMean } = await import('../core/validate/schema.js');
  const suggestion = didYouMean(id, [...RULES_BY_ID.keys(), ...CORE_CHECKS.map((c) => c.id)]);
  throw new UsageError(`no rule "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (\`alignkit rules\` lists them)`);
}
