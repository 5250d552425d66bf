/**
 * Lints one campaign spec: bytes in, findings out. Pure: no file system, no
 * terminal. Clean files take the fast path; files with findings are parsed
 * again with positions, so every finding has an exact line and column.
 */
import { toFileResult, type FileResult, type Finding, type Position } from './finding.js';
import type { ActiveRule, RuleContext, RuleHit } from './rules/types.js';
import { fastParse } from './spec/fast-parse.js';
import type { CampaignSpec } from './spec/model.js';
import { decodeSource } from './spec/source.js';
import { parseYaml } from './spec/yaml-document.js';
import { isValidCampaign, schemaProblems } from './validate/schema.js';

export interface LintOptions {
  rules?: readonly ActiveRule[];
  context?: RuleContext;
  /** Skip the fast path; tests use this to compare both paths. */
  exactOnly?: boolean;
}

const DEFAULT_CONTEXT: RuleContext = { today: '1970-01-01' };

interface RuleFinding extends RuleHit {
  ruleId: string;
  severity: Finding['severity'];
}

function runRules(spec: CampaignSpec, rules: readonly ActiveRule[], context: RuleContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const { rule, severity } of rules) {
    for (const hit of rule.check(spec, context)) out.push({ ...hit, ruleId: rule.id, severity });
  }
  return out;
}

const START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function lintSource(file: string, bytes: Uint8Array, options: LintOptions = {}): FileResult {
  const rules = options.rules ?? [];
  const context = options.context ?? DEFAULT_CONTEXT;
  const decoded = decodeSource(bytes);
  if (!decoded.ok) {
    const { line, column } = decoded;
    return toFileResult(file, [
      { ruleId: 'file-read', severity: 'error', message: `The file ${decoded.message}`, file, pointer: '', line, column, endLine: line, endColumn: column },
    ]);
  }
  const text = decoded.text;

  if (!options.exactOnly) {
    const fast = fastParse(text);
    if (fast.ok && isValidCampaign(fast.data) && runRules(fast.data as CampaignSpec, rules, context).length === 0) {
      return toFileResult(file, []);
    }
  }

  const parsed = parseYaml(text);
  const findings: Finding[] = parsed.problems.map((p) => ({ ...p, severity: 'error', file, pointer: '' }));
  if (findings.length > 0) return toFileResult(file, findings);

  const problems = schemaProblems(parsed.data);
  for (const problem of problems) {
    findings.push({
      ruleId: 'schema',
      severity: 'error',
      message: problem.message,
      file,
      pointer: problem.pointer,
      ...(problem.hint ? { hint: problem.hint } : {}),
      ...(parsed.data === null || parsed.data === undefined ? START : parsed.locate(problem.pointer, problem.target)),
    });
  }
  if (problems.length === 0) {
    for (const hit of runRules(parsed.data as CampaignSpec, rules, context)) {
      findings.push({
        ruleId: hit.ruleId,
        severity: hit.severity,
        message: hit.message,
        file,
        pointer: hit.pointer,
        ...(hit.hint ? { hint: hit.hint } : {}),
        ...parsed.locate(hit.pointer, hit.target),
      });
    }
  }
  return toFileResult(file, findings);
}
