/**
 * A rendered document as one self-contained HTML page for people outside
 * GitHub: a creator reading a brief on a phone, legal printing the agreement.
 * Inline CSS, no scripts, no network; the timeline is an inline SVG drawn from
 * the same plan as the Mermaid chart. Raw HTML in the Markdown (which could
 * only come from text in a spec) is shown as text, never interpreted.
 */
import MarkdownIt from 'markdown-it';
import { documentLanguage, type DocumentLanguage } from '../i18n/language.js';
import { documentLocale } from '../i18n/locales.js';

const STYLE = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #0b5cad; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 52rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
p, ul, ol { margin: 0 0 0.9rem; }
li { margin: 0.2rem 0; }
a { color: var(--accent); overflow-wrap: anywhere; }
code { font: 0.9em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--soft); padding: 0.1em 0.3em; border-radius: 4px; overflow-wrap: anywhere; }
pre { background: var(--soft); padding: 0.75rem; border-radius: 6px; overflow-x: auto; }
pre code { background: none; padding: 0; }
blockquote { margin: 0 0 1rem; padding: 0.5rem 1rem; border-left: 4px solid #bf8700; background: #fff8c5; }
blockquote > :last-child { margin-bottom: 0; }
.table { overflow-x: auto; margin: 0 0 1rem; -webkit-overflow-scrolling: touch; }
table { border-collapse: collapse; min-width: 100%; font-size: 0.95rem; }
th, td { border: 1px solid var(--line); padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; hyphens: auto; }
th { background: var(--soft); }
figure.timeline { margin: 0 0 1rem; overflow-x: auto; }
figure.timeline svg { min-width: 36rem; width: 100%; height: auto; }
@media (max-width: 40rem) {
  main { padding: 0.75rem 0.75rem 2rem; }
  h1 { font-size: 1.35rem; }
  table { font-size: 0.9rem; }
}
@media print {
  @page { margin: 16mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; }
  h2, h3 { break-after: avoid; }
  tr, figure, blockquote { break-inside: avoid; }
  .table, figure.timeline { overflow: visible; }
}
`.trim();

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface GanttTask {
  section: string;
  label: string;
  start: string;
  /** Exclusive, as Mermaid has it; equal to start for a milestone. */
  end: string;
  milestone: boolean;
}

/** The tasks of a Mermaid gantt chart as alignkit writes it (ganttLines): sections, bars and milestones. */
export function ganttTasks(source: string): GanttTask[] {
  const tasks: GanttTask[] = [];
  let section = '';
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('section ')) section = line.slice('section '.length);
    const task = /^(.*?) :(milestone, )?[\w-]+, (\d{4}-\d{2}-\d{2}), (\d{4}-\d{2}-\d{2}|0d)$/.exec(line);
    if (!task) continue;
    const [, label, milestone, start, end] = task;
    tasks.push({ section, label: label!, start: start!, end: end === '0d' ? start! : end!, milestone: milestone !== undefined });
  }
  return tasks;
}

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/** The timeline as an SVG: one row per task, bars from first to last day, diamonds for milestones, month ticks. */
export function timelineSvg(tasks: readonly GanttTask[], title: string, lang: DocumentLanguage = documentLanguage('en')): string {
  if (tasks.length === 0) return '';
  const first = Math.min(...tasks.map((t) => dayNumber(t.start)));
  const last = Math.max(...tasks.map((t) => dayNumber(t.end)), first + 1);
  const labelWidth = 230;
  const chartWidth = 560;
  const row = 22;
  const top = 28;
  const x = (day: number) => labelWidth + ((day - first) / (last - first)) * chartWidth;
  const rows: string[] = [];
  let y = top;
  let section = '';
  for (const task of tasks) {
    if (task.section !== section) {
      section = task.section;
      rows.push(`<text x="4" y="${y + 15}" class="section">${escapeHtml(section)}</text>`);
      y += row;
    }
    rows.push(`<text x="14" y="${y + 15}">${escapeHtml(task.label)}</text>`);
    if (task.milestone) {
      const cx = x(dayNumber(task.start)).toFixed(1);
      rows.push(`<path d="M${cx} ${y + 4} l7 7 l-7 7 l-7 -7 z" class="milestone"><title>${escapeHtml(`${task.label}: ${task.start}`)}</title></path>`);
    } else {
      const from = x(dayNumber(task.start));
      const width = Math.max(x(dayNumber(task.end)) - from, 2);
      const lastDay = new Date((dayNumber(task.end) - 1) * 86_400_000).toISOString().slice(0, 10);
      rows.push(
        `<rect x="${from.toFixed(1)}" y="${y + 5}" width="${width.toFixed(1)}" height="12" rx="3" class="bar"><title>${escapeHtml(`${task.label}: ${lang.t('campaign.window', { start: task.start, end: lastDay })}`)}</title></rect>`,
      );
    }
    y += row;
  }
  const ticks: string[] = [];
  const start = new Date(first * 86_400_000);
  const firstTick = x(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1) / 86_400_000);
  // The month the chart starts in, unless the next month's label would sit on top of it.
  if (firstTick - labelWidth >= 60) ticks.push(`<text x="${labelWidth + 3}" y="${top - 10}" class="month">${escapeHtml(lang.monthYear(start.getUTCFullYear(), start.getUTCMonth()))}</text>`);
  for (
    let month = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    month.getTime() / 86_400_000 < last;
    month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1))
  ) {
    const at = x(month.getTime() / 86_400_000).toFixed(1);
    ticks.push(
      `<line x1="${at}" y1="${top - 6}" x2="${at}" y2="${y}" class="tick"/><text x="${Number(at) + 3}" y="${top - 10}" class="month">${escapeHtml(lang.monthYear(month.getUTCFullYear(), month.getUTCMonth()))}</text>`,
    );
  }
  const height = y + 6;
  return [
    `<figure class="timeline" aria-label="${escapeHtml(lang.t('html.timelineRegion'))}" tabindex="0"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${labelWidth + chartWidth + 10} ${height}" role="img" aria-label="${escapeHtml(lang.t('html.timelineTitle', { title }))}">`,
    '<style>text{font:12px system-ui,sans-serif;fill:#1f2328}.section{font-weight:600}.month{fill:#59636e;font-size:11px}.bar{fill:#4a90d9}.milestone{fill:#bf8700}.tick{stroke:#d1d9e0}</style>',
    ...ticks,
    ...rows,
    '</svg></figure>',
  ].join('\n');
}

/** What the page's renderer rules read while converting one document. */
interface PageEnv {
  language: DocumentLanguage;
  /** Tables so far, to name each scrolling region. */
  tables: number;
}

let markdownIt: MarkdownIt | undefined;

function converter(): MarkdownIt {
  if (markdownIt) return markdownIt;
  // html: false shows any HTML in the Markdown as text: it could only come from a spec's text.
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const fence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    if (token.info.trim() === 'mermaid' && token.content.trimStart().startsWith('gantt')) {
      const title = /^\s*title (.*)$/m.exec(token.content)?.[1] ?? '';
      return `${timelineSvg(ganttTasks(token.content), title, (env as PageEnv).language)}\n`;
    }
    return fence(tokens, index, options, env, self);
  };
  // Wide tables scroll sideways on a phone instead of squeezing every column.
  // A region that scrolls must be reachable by keyboard (WCAG 2.1.1): focusable, and named for screen readers.
  // Numbered, because landmarks need names of their own.
  md.renderer.rules.table_open = (_tokens, _index, _options, env: PageEnv) => {
    env.tables += 1;
    return `<section class="table" aria-label="${escapeHtml(env.language.t('html.tableRegion', { n: env.tables }))}" tabindex="0"><table>\n`;
  };
  md.renderer.rules.table_close = () => '</table></section>\n';
  markdownIt = md;
  return md;
}

export interface HtmlOptions {
  /** The document's language (en, fr, fr-CA, de, es): the lang attribute, and the words of the timeline and of screen-reader labels. */
  lang: string;
}

/** One rendered Markdown document as a standalone HTML page. */
export function markdownToHtml(markdown: string, options: HtmlOptions): string {
  // alignkit's own comments ("Generated by alignkit from ...") stay comments; any "--" in them is broken up.
  const comments: string[] = [];
  const body = markdown.replace(/^<!--([\s\S]*?)-->\n?/gm, (_, text: string) => {
    comments.push(`<!--${text.replace(/--/g, '- -')}-->`);
    return '';
  });
  const title = /^# (.+)$/m.exec(body)?.[1]?.replace(/[`*_]/g, '') ?? 'alignkit document';
  return [
    '<!DOCTYPE html>',
    ...comments,
    `<html lang="${escapeHtml(options.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="alignkit">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    converter()
      .render(body, { language: documentLanguage(documentLocale(options.lang) ?? 'en'), tables: 0 } satisfies PageEnv)
      .trimEnd(),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
