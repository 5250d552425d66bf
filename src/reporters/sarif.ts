/**
 * SARIF 2.1.0 for GitHub code scanning and other analysis platforms: rule
 * metadata with help, repository-relative URIs, regions, levels, suppressions
 * and fingerprints that survive edits elsewhere in the file (they hash the rule,
 * the file and the JSON pointer, not the line).
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULE_DOCS_URL, type Reporter } from './types.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

function artifactLocation(file: string): Record<string, string> {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  // Relative paths: percent-encode each segment, keep the slashes.
  return { uri: file.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

export function fingerprint(ruleId: string, file: string, pointer: string, message: string): string {
  // node:crypto is loaded here, not at start-up: most lint runs never write SARIF.
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(`${ruleId}\u0000${file}\u0000${pointer || message}`).digest('hex').slice(0, 32);
}

export const sarif: Reporter = (report, context) => {
  const rules = [...context.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.results.flatMap((r) =>
    r.findings.map((f) => ({
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId)! } : {}),
      level: f.severity === 'error' ? 'error' : 'warning',
      message: { text: f.hint ? `${f.message} ${f.hint}` : f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(f.file),
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
          ...(f.pointer ? { logicalLocations: [{ fullyQualifiedName: f.pointer, kind: 'member' }] } : {}),
        },
      ],
      partialFingerprints: { 'alignkit/v1': fingerprint(f.ruleId, f.file, f.pointer, f.message) },
      ...(f.suppressions
        ? { suppressions: f.suppressions.map((s) => ({ kind: s.kind, status: 'accepted', justification: s.until ? `${s.justification} (until ${s.until})` : s.justification })) }
        : {}),
    })),
  );
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
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_, _dash: string, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description },
              helpUri: `${RULE_DOCS_URL}${r.id}`,
              ...(r.help ? { help: { text: r.help, markdown: r.help } } : {}),
              defaultConfiguration: { level: r.severity === 'error' ? 'error' : 'warning' },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory alignkit was run in.' } } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
