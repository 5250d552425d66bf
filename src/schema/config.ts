/** The source of schemas/config.schema.json: the shape of `.alignkit.yaml` (run `npm run generate`). */
import { RULES } from '../core/rules/index.js';
import { list, obj, oneOfEnum, str, type Schema } from './helpers.js';

export const CONFIG_SCHEMA_ID = 'https://alignkit.dev/schemas/config.schema.json';

const severity: Schema = {
  title: 'Severity',
  description: 'off, warn or error (0, 1 and 2 also work).',
  examples: ['warn'],
  enum: ['off', 'warn', 'error', 0, 1, 2],
};

const ruleSettings = (description: string): Schema => ({
  title: 'Rules',
  description,
  examples: [{ 'kpi-baseline-realistic': 'off', 'reporting-rhythm': 'error' }],
  type: 'object',
  propertyNames: { enum: RULES.map((r) => r.id) },
  additionalProperties: severity,
});

const globs = (description: string): Schema => ({
  title: 'Files',
  description,
  examples: [['campaigns/2027/**']],
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
  ],
});

export const configSchema: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: CONFIG_SCHEMA_ID,
  title: 'alignkit configuration',
  description: 'Which rules `alignkit lint` runs and how severe they are, per file, and the waivers the team has agreed. Never executed: plain YAML.',
  type: 'object',
  additionalProperties: false,
  properties: {
    extends: oneOfEnum({ title: 'Preset', description: 'The preset to start from: recommended (each rule at its default severity) or strict (every rule an error).', examples: ['recommended'] }, [
      'recommended',
      'strict',
    ]),
    ignores: {
      title: 'Ignores',
      description:
        'Specs `alignkit lint` skips when it walks a folder or a glob, as gitignore patterns relative to this file (`archive/`, `*.draft.campaign.yaml`, `!keep.campaign.yaml`). A `.alignkitignore` file takes the same patterns; `--no-ignore` lints everything.',
      examples: [['archive/', '*.draft.campaign.yaml']],
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
    rules: ruleSettings('Severity per rule id, on top of the preset.'),
    overrides: list(
      {
        title: 'Overrides',
        description: 'Rule severities for the files matching a glob (relative to this file); later entries win.',
        examples: [[{ files: 'archive/**', rules: { 'deadline-in-past': 'off' } }]],
      },
      obj(
        { title: 'Override', description: 'Rule severities for some files.', examples: [{ files: 'archive/**', rules: { 'deadline-in-past': 'off' } }] },
        { files: globs('Globs, relative to this file, of the specs this override applies to.'), rules: ruleSettings('Severity per rule id for these files.') },
        ['files', 'rules'],
      ),
    ),
    waivers: list(
      { title: 'Waivers', description: 'Findings the team has accepted, each with a reason and, ideally, an end date.', examples: [[]] },
      obj(
        {
          title: 'Waiver',
          description: 'Accepts the findings of one rule in some files (or at one place in them).',
          examples: [{ rule: 'kpi-baseline-realistic', files: 'campaigns/new-market/**', reason: 'First campaign in this market; no baseline exists', until: '2027-06-30' }],
        },
        {
          rule: { title: 'Rule', description: 'The rule id whose findings are accepted.', examples: ['kpi-baseline-realistic'], enum: RULES.map((r) => r.id) },
          files: globs('Globs, relative to this file, of the specs it applies to; all specs when absent.'),
          pointer: str({ title: 'Pointer', description: 'Only findings at or below this JSON pointer, e.g. /kpis/0.', examples: ['/kpis/0'] }, { pattern: '^(/[^/]*)*$' }),
          reason: str(
            { title: 'Reason', description: 'Why the finding is acceptable, in a sentence someone else can check.', examples: ['First campaign in this market; no baseline exists'] },
            { minLength: 10 },
          ),
          until: str(
            { title: 'Until', description: 'The last day the waiver applies (YYYY-MM-DD); afterwards the findings return and the waiver is reported as expired.', examples: ['2027-06-30'] },
            { format: 'date' },
          ),
        },
        ['rule', 'reason'],
      ),
    ),
  },
};
