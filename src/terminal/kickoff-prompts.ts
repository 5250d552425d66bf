/**
 * The kickoff questions on a terminal, with @inquirer/prompts. Only `kickoff`
 * imports this module, so `lint` never loads inquirer.
 */
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import type { Ask, Asker, ValueAsk } from '../core/interview/interview.js';
import type { FieldInfo } from '../core/interview/schema-field.js';
import type { Io } from '../io/process-io.js';

type Style = (text: string) => string;

/** A typed value as the text shown in an input box. */
export function formatValue(value: unknown, info: FieldInfo): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(String).join(info.separator === '|' ? ' | ' : ', ');
  return String(value);
}

/** What was typed, as the value the schema expects: numbers for numbers, lists split on their separator. */
export function parseValue(text: string, info: FieldInfo): unknown {
  const trimmed = text.trim();
  if (info.type === 'integer' || info.type === 'number') return trimmed === '' || Number.isNaN(Number(trimmed)) ? trimmed : Number(trimmed);
  if (info.type === 'list') {
    const items = trimmed
      .split(info.separator === '|' ? '|' : ',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    return items.map((item) => (/^-?\d+(\.\d+)?$/.test(item) && isNumberList(info) ? Number(item) : item));
  }
  return trimmed;
}

function isNumberList(info: FieldInfo): boolean {
  return Array.isArray(info.example) && info.example.every((e) => typeof e === 'number');
}

/**
 * The inquirer prompt for one value question, its configuration and how its
 * answer becomes the value the schema expects. Tests render these one by one.
 */
export function promptFor(q: ValueAsk): { prompt: (config: never) => Promise<unknown>; config: Record<string, unknown>; toValue: (answer: unknown) => unknown } {
  const message = q.label;
  const same = (answer: unknown) => answer;
  switch (q.input) {
    case 'boolean':
      return { prompt: confirm as never, config: { message, default: q.current === true }, toValue: same };
    case 'choice':
      return {
        prompt: select as never,
        config: {
          message,
          choices: (q.choices ?? []).map((c) => ({ value: c.value, name: c.name })),
          ...(typeof q.current === 'string' ? { default: q.current } : {}),
          pageSize: 12,
        },
        toValue: same,
      };
    case 'choices': {
      const current = new Set(Array.isArray(q.current) ? q.current.map(String) : []);
      return {
        prompt: checkbox as never,
        config: {
          message,
          choices: (q.choices ?? []).map((c) => ({ value: c.value, name: c.name, checked: current.has(c.value) })),
          validate: (chosen: readonly { value: string }[]) => q.validate(chosen.map((c) => c.value)),
          pageSize: 12,
        },
        toValue: same,
      };
    }
    default: {
      // A preset's stand-in is shown as what to replace, never offered as the answer Enter keeps.
      const standIns = new Set(q.standIns);
      const current = Array.isArray(q.current) ? q.current.filter((v) => !standIns.has(String(v))) : standIns.has(String(q.current)) ? undefined : q.current;
      const replace = standIns.size > 0 ? ` (replace the preset's ${[...standIns].map((v) => `"${v}"`).join(', ')})` : '';
      // With nothing to suggest, the schema's example shows the expected form.
      const empty = current === undefined || current === null || current === '' || (Array.isArray(current) && current.length === 0);
      const example = empty && standIns.size === 0 && q.info.example !== undefined ? ` (e.g. ${formatValue(q.info.example, q.info)})` : '';
      return {
        prompt: input as never,
        config: {
          message: `${message}${replace}${example}`,
          default: formatValue(current, q.info),
          validate: (typed: string) => q.validate(parseValue(typed, q.info)),
        },
        toValue: (typed) => parseValue(String(typed), q.info),
      };
    }
  }
}

async function askValue(q: ValueAsk): Promise<unknown> {
  if (q.input === 'ordered') return askOrdered(q);
  const { prompt, config, toValue } = promptFor(q);
  return toValue(await prompt(config as never));
}

/** An ordered list of parties (an escalation path): keep it, or pick first, second, … until done. */
async function askOrdered(q: ValueAsk): Promise<string[]> {
  const current = Array.isArray(q.current) ? q.current.map(String) : [];
  const names = new Map((q.choices ?? []).map((c) => [c.value, c.name]));
  if (current.length > 0) {
    const keep = await confirm({ message: `${q.label}: ${current.map((id) => names.get(id) ?? id).join(' → ')}. Keep this order?`, default: true });
    if (keep) return current;
  }
  const chosen: string[] = [];
  for (;;) {
    const left = (q.choices ?? []).filter((c) => !chosen.includes(c.value));
    const done = '\u0000done';
    const ordinal = ['First', 'Then', 'Then', 'Then', 'Then'][Math.min(chosen.length, 4)];
    const next = await select({
      message: `${q.label}: ${ordinal} call`,
      choices: [...(chosen.length > 0 ? [{ value: done, name: '(that is everyone)' }] : []), ...left.map((c) => ({ value: c.value, name: c.name }))],
      pageSize: 12,
    });
    if (next === done) break;
    chosen.push(next);
    if (left.length === 1) break;
  }
  return chosen;
}

export function terminalAsker(io: Io, style: { dim: Style; bold: Style }): Asker {
  const say = (text: string) => io.stdout.write(`${text}\n`);
  return {
    step(step) {
      say('');
      say(style.bold(`Step ${step.number} of ${step.total}: ${step.title}`));
      say(style.dim(step.why));
    },
    async ask(q: Ask): Promise<unknown> {
      say(style.dim(`  ${q.why}`));
      switch (q.kind) {
        case 'value':
          return askValue(q);
        case 'toggle':
          return confirm({ message: q.label, default: q.current });
        case 'more':
          return confirm({ message: `Add another ${q.noun}?`, default: false });
        case 'keep': {
          const kept = await checkbox({
            message: `${q.label} (space to toggle, enter to confirm)`,
            choices: q.entries.map((name, i) => ({ value: i, name, checked: true })),
            validate: (chosen) => chosen.length >= q.minimum || `Keep at least ${q.minimum}.`,
            pageSize: 12,
          });
          return kept;
        }
      }
    },
  };
}
