/**
 * `alignkit due` as text (per party: what they owe, to whom, by when), JSON
 * (the same items, per party and per campaign) and GitHub annotations (one
 * per overdue item, for a scheduled workflow). Pure functions of the items.
 */
import type { DueItem, DueOptions } from '../core/due.js';
import type { AlignkitDueReport, Item } from '../generated/due-report.types.js';
import { escapeData, escapeProperty } from './github.js';
import { sanitize } from './sanitize.js';

export interface DueReport {
  items: readonly DueItem[];
  options: DueOptions;
  /** Specs read, as shown. */
  files: readonly string[];
  /** How the text groups the items: per party (what do I owe) or per campaign. */
  by?: 'party' | 'campaign';
}

const when = (item: DueItem) =>
  item.status === 'overdue' ? `OVERDUE ${item.days === 1 ? '1 day' : `${item.days} days`}` : item.days === 0 ? 'due today' : `due in ${item.days === 1 ? '1 day' : `${item.days} days`}`;

function byOwner(items: readonly DueItem[]): [string, DueItem[]][] {
  const groups = new Map<string, DueItem[]>();
  for (const item of items) groups.set(item.owner, [...(groups.get(item.owner) ?? []), item]);
  return [...groups].sort(([a, x], [b, y]) => {
    const late = (list: DueItem[]) => list.filter((i) => i.status === 'overdue').length;
    return late(y) - late(x) || (x[0]!.ownerName < y[0]!.ownerName ? -1 : x[0]!.ownerName > y[0]!.ownerName ? 1 : a < b ? -1 : 1);
  });
}

export function dueText(report: DueReport): string {
  const { items, options, files } = report;
  const t = sanitize;
  const overdue = items.filter((i) => i.status === 'overdue').length;
  const days = (n: number) => (n === 1 ? 'day' : `${n} days`);
  const head = `${files.length === 1 ? '1 campaign' : `${files.length} campaigns`}, today ${options.today}: ${overdue} overdue (deadline in the last ${days(options.since)}), ${items.length - overdue} due in the next ${days(options.within)}.`;
  if (items.length === 0) return `${head}\nNothing is due.\n`;
  const lines = [head];
  const table = (list: DueItem[], tail: (i: DueItem) => string) => {
    const widths = [Math.max(...list.map((i) => when(i).length)), Math.max(...list.map((i) => i.deadline.length))];
    for (const i of list) lines.push(`  ${when(i).padEnd(widths[0]!)}  ${t(i.deadline).padEnd(widths[1]!)}  ${t(i.what)}  [${tail(i)}]`);
  };
  if (report.by === 'campaign') {
    for (const campaign of [...new Set(items.map((i) => i.campaign))].sort()) {
      const list = items.filter((i) => i.campaign === campaign);
      lines.push('', `${t(list[0]!.campaignName)} (${t(campaign)}, ${t(list[0]!.file)}): ${list.length}`);
      table(list, (i) => `${t(i.ownerName)}${i.to ? `, to ${t(i.to)}` : ''}`);
    }
  } else {
    for (const [owner, list] of byOwner(items)) {
      lines.push('', `${t(list[0]!.ownerName)} (${t(owner)}) owes ${list.length}:`);
      table(list, (i) => `${t(i.campaign)}${i.to ? `, to ${t(i.to)}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function dueJson(report: DueReport): string {
  const item = (i: DueItem): Item => ({
    campaign: i.campaign,
    file: i.file,
    what: i.what,
    owner: i.owner,
    to: i.to,
    deadline: i.deadline,
    date: i.date,
    status: i.status,
    days: i.days,
    source: i.source,
  });
  const campaigns = [...new Set(report.items.map((i) => i.campaign))].sort();
  const json: AlignkitDueReport = {
    version: 1,
    today: report.options.today,
    within: report.options.within,
    since: report.options.since,
    files: [...report.files],
    overdue: report.items.filter((i) => i.status === 'overdue').length,
    items: report.items.map(item),
    byParty: byOwner(report.items).map(([owner, list]) => ({ party: owner, name: list[0]!.ownerName, items: list.map(item) })),
    byCampaign: campaigns.map((c) => ({ campaign: c, items: report.items.filter((i) => i.campaign === c).map(item) })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** One annotation per item on the spec it comes from: errors for overdue, notices for what falls due. */
export function dueGithub(report: DueReport): string {
  const lines = report.items.map((i) => {
    const level = i.status === 'overdue' ? 'error' : 'notice';
    return `::${level} file=${escapeProperty(i.file)},title=${escapeProperty(`alignkit due: ${i.ownerName}`)}::${escapeData(`${when(i)}: ${i.what} (${i.deadline}, ${i.campaign})`)}`;
  });
  return `${[...lines, dueText(report).trimEnd()].join('\n')}\n`;
}
