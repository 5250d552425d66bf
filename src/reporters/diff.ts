/** `alignkit diff` output: Markdown to paste into a follow-up, JSON for tools. Pure functions of the report. */
import { changesFor, type Change } from '../core/diff/semantic-diff.js';
import { cell, code, codeCell, inline } from '../core/render/markdown.js';
import { shortHashOf } from '../core/signoff/short-hash.js';
import { amountText } from '../core/number-text.js';

export interface DiffSide {
  /** As given: a file, git:<rev>:<path>, or "signed version …". */
  source: string;
  hash: string;
}

export interface DiffReport {
  campaign: string;
  before: DiffSide;
  after: DiffSide;
  changes: Change[];
  /** Everyone in either version, in the new version's order. */
  parties: { id: string; name: string; role: string }[];
}

const MAX_VALUE = 120;

/** A value as one short line of plain text. */
export function valueText(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return 'null';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  const record = value as Record<string, unknown>;
  if (Object.keys(record).length === 2 && typeof record.amount === 'number' && typeof record.currency === 'string') {
    return amountText(record.amount, record.currency);
  }
  const text = Object.entries(record)
    .map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? (Array.isArray(v) ? `[${valueText(v)}]` : '{…}') : valueText(v)}`)
    .join('; ');
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function counts(changes: readonly Change[]) {
  const material = changes.filter((c) => c.material).length;
  return { material, cosmetic: changes.length - material };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function table(changes: readonly Change[]): string[] {
  return [
    '| Where | Change | Before | After | How much |',
    '| --- | --- | --- | --- | --- |',
    ...changes.map((c) => `| ${codeCell(c.path)} | ${c.kind} | ${cell(valueText(c.before))} | ${cell(valueText(c.after))} | ${cell(c.note)} |`),
  ];
}

function sentence(c: Change): string {
  const where = code(c.path);
  const how = c.note ? ` (${inline(c.note)})` : '';
  if (c.kind === 'added') return `${where} added: ${inline(valueText(c.after))}${how}`;
  if (c.kind === 'removed') return `${where} removed: ${inline(valueText(c.before))}${how}`;
  return `${where} changed from ${inline(valueText(c.before))} to ${inline(valueText(c.after))}${how}`;
}

export function diffMarkdown(report: DiffReport): string {
  const { changes } = report;
  const { material, cosmetic } = counts(changes);
  const side = (s: DiffSide) => `${s.source.startsWith('the ') ? inline(s.source) : code(s.source)} (version ${code(shortHashOf(s.hash))})`;
  const from = `From ${side(report.before)} to ${side(report.after)}.`;
  const lines: string[] = [];
  if (changes.length === 0) {
    lines.push(`# No changes to the agreement: ${inline(report.campaign)}`, '', from, '', 'The terms are identical; signatures on one version hold for the other.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(`# Changes to the agreement: ${inline(report.campaign)}`, '', from, '');
  lines.push(
    material > 0
      ? `**${plural(material, 'material change')}** need${material === 1 ? 's' : ''} a new sign-off from every signatory${cosmetic > 0 ? `; ${plural(cosmetic, 'cosmetic change')} (wording or contact details) as well` : ''}.`
      : `Only ${plural(cosmetic, 'cosmetic change')} (wording or contact details). The hash changed, so signatories confirm by signing again, but no term moved.`,
    '',
    'Only the agreement is compared: internal notes, the paid media plan and the decision log are left out.',
  );
  if (material > 0) lines.push('', '## Material changes', '', ...table(changes.filter((c) => c.material)));
  if (cosmetic > 0) lines.push('', '## Cosmetic changes', '', ...table(changes.filter((c) => !c.material)));

  lines.push('', '## What changed for each party');
  const everyone = changes.filter((c) => c.parties.length === 0).length;
  for (const party of report.parties) {
    const own = changesFor(changes, party.id).filter((c) => c.parties.length > 0);
    lines.push('', `### ${inline(party.name)} (${inline(party.role)})`, '');
    if (own.length === 0)
      lines.push(everyone > 0 ? `Nothing specific to ${inline(party.name)}; the ${plural(everyone, 'change')} for everyone above apply.` : `Nothing that concerns ${inline(party.name)}.`);
    else {
      for (const c of own) lines.push(`- ${c.material ? '**Material:** ' : ''}${sentence(c)}`);
      if (everyone > 0) lines.push(`- And the ${plural(everyone, 'change')} for everyone above.`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function diffJson(report: DiffReport): string {
  const { material, cosmetic } = counts(report.changes);
  return `${JSON.stringify(
    {
      campaign: report.campaign,
      before: report.before,
      after: report.after,
      material,
      cosmetic,
      changes: report.changes,
      parties: Object.fromEntries(report.parties.map((p) => [p.id, changesFor(report.changes, p.id).map((c) => report.changes.indexOf(c))])),
    },
    null,
    2,
  )}\n`;
}
