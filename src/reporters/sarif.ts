/**
 * SARIF 2.1.0 for GitHub code scanning and other analysis platforms, checked
 * with Microsoft's SARIF Multitool and its GitHub rules (test/reporters.test.ts).
 *
 * - URIs are relative to the repository root (or --sarif-root), which is what
 *   code scanning resolves them against, whatever directory lint ran in.
 * - Waived findings are left out unless asked for: GitHub ignores
 *   `suppressions` and would open them as alerts.
 * - Every rule, the built-in checks included, has a short and a full
 *   description and help, which code scanning requires.
 * - Fingerprints hash the rule, the file, the JSON pointer and the message,
 *   not the line, so they survive edits elsewhere in the file; two findings
 *   that share all four are told apart by their order.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../core/finding.js';
import { sha256Hex } from '../core/signoff/sha256.js';
import { RULE_DOCS_URL, type ReportContext, type Reporter, type RuleMeta } from './types.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

function artifactLocation(file: string, paths: ReportContext['sarif']): Record<string, string> {
  const absolute = paths ? resolve(paths.cwd, file) : isAbsolute(file) ? file : undefined;
  const inRoot = absolute !== undefined && paths ? relative(paths.root, absolute) : isAbsolute(file) ? undefined : file;
  if (inRoot === undefined || inRoot === '' || inRoot.startsWith('..') || isAbsolute(inRoot)) return { uri: pathToFileURL(absolute ?? file).href };
  // Relative paths: percent-encode each segment, keep the slashes.
  return {
    uri: inRoot
      .split(sep === '\\' ? /[\\/]/ : '/')
      .map(encodeURIComponent)
      .join('/'),
    uriBaseId: '%SRCROOT%',
  };
}

export function fingerprint(ruleId: string, uri: string, pointer: string, message: string, occurrence = 0): string {
  return sha256Hex(`${ruleId}\u0000${uri}\u0000${pointer}\u0000${message}${occurrence > 0 ? `\u0000${occurrence}` : ''}`).slice(0, 32);
}

/** PascalCase of the id; SARIF wants `name` to differ from `id`, so one-word ids get a suffix. */
function ruleName(rule: RuleMeta): string {
  const name = rule.id.replace(/(^|-)(\w)/g, (_, _dash: string, c: string) => c.toUpperCase());
  return rule.id.includes('-') ? name : `${name}${rule.core ? 'Check' : 'Rule'}`;
}

function ruleHelpText(rule: RuleMeta): string {
  if (rule.help) return rule.help;
  return `${rule.description}\n\nA built-in check of alignkit: it cannot be switched off, because nothing after it can run without it. Fix the file at the reported line and column; see ${RULE_DOCS_URL}${rule.id}.`;
}

function fullDescription(rule: RuleMeta): string {
  // The help's second paragraph is the rule's rationale; built-in checks have none.
  const rationale = rule.help?.split('\n\n')[1];
  return rationale && !rationale.startsWith('Flagged') ? `${rule.description} ${rationale}` : rule.core ? `${rule.description} A built-in check that cannot be switched off.` : rule.description;
}

export const sarif: Reporter = (report, context) => {
  const rules = [...context.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const includeSuppressed = context.sarif?.includeSuppressed ?? false;
  const seen = new Map<string, number>();
  const result = (f: Finding) => {
    const location = artifactLocation(f.file, context.sarif);
    const key = `${f.ruleId}\u0000${location.uri}\u0000${f.pointer}\u0000${f.message}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return {
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId)! } : {}),
      level: f.severity === 'error' ? 'error' : 'warning',
      message: { text: f.hint ? `${f.message} ${f.hint}` : f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: location,
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
          ...(f.pointer ? { logicalLocations: [{ fullyQualifiedName: f.pointer, kind: 'member' }] } : {}),
        },
      ],
      partialFingerprints: { 'alignkit/v2': fingerprint(f.ruleId, location.uri!, f.pointer, f.message, occurrence) },
      ...(f.suppressions
        ? { suppressions: f.suppressions.map((s) => ({ kind: s.kind, status: 'accepted', justification: s.until ? `${s.justification} (until ${s.until})` : s.justification })) }
        : {}),
    };
  };
  const results = report.results.flatMap((r) => r.findings.filter((f) => includeSuppressed || !f.suppressions).map(result));
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'alignkit',
            version: context.version,
            semanticVersion: context.version,
            informationUri: 'https://alignkit.dev',
            rules: rules.map((r) => {
              const help = ruleHelpText(r);
              return {
                id: r.id,
                name: ruleName(r),
                shortDescription: { text: r.description },
                fullDescription: { text: fullDescription(r) },
                helpUri: `${RULE_DOCS_URL}${r.id}`,
                help: { text: help, markdown: help },
                defaultConfiguration: { level: r.severity === 'error' ? 'error' : 'warning' },
                properties: { tags: [r.core ? 'built-in' : 'campaign-alignment'] },
              };
            }),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
