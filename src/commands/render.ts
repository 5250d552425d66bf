/**
 * `alignkit render`: lint the spec, refuse it when it has errors (unless
 * --force, which marks every page as a draft), then write the brief for each
 * creator, the agreement summary and, given --followup, the follow-up.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { displayPath } from '../io/display-path.js';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io/process-io.js';
import { createEngine, TemplateError, type DocumentName, type HandlebarsCompiler } from '../core/render/engine.js';
import { TemplateValueError } from '../core/render/helpers.js';
import { creatorIds, planDocuments, renderPlanned, safeFileSegment } from '../core/render/render.js';
import { DOCUMENT_LOCALES } from '../core/i18n/locales.js';
import { languageOption } from './lang-option.js';
import { didYouMean } from '../core/validate/schema.js';
import type { AlignkitFollowUp } from '../generated/followup.types.js';
import type { AlignkitIncident } from '../generated/incident.types.js';
import type { CampaignSpec } from '../core/spec/model.js';
import { readSpecBytes } from '../io/files.js';
import { writeOutputDir } from '../io/output-dir.js';
import { findTemplateOverrides, listTemplates } from '../io/templates.js';
import { passGate, reportFindings } from './gate.js';
import { currentSignoff } from './signoff-state.js';

export interface RenderOptions {
  spec?: string;
  doc: string;
  party?: string;
  /** --lang: the language of every brief (instead of each creator's own), the agreement and the follow-up (instead of English). */
  lang?: string;
  followup?: string;
  out?: string;
  templates?: string;
  force: boolean;
  listTemplates: boolean;
  /** md, html or both (comma-separated or repeated); md when not given. */
  format?: string[];
  config?: string;
  today?: string;
  color?: boolean;
  version: string;
}

/** The documents `render` writes; the wrap and incident documents come from `alignkit wrap` and `alignkit incident`. */
const RENDERED = ['brief', 'agreement', 'followup'] as const;

const FORMATS = ['md', 'html', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

function formatsOf(given: readonly string[] | undefined): Format[] {
  const formats = (given ?? ['md']).flatMap((f) => f.split(',')).map((f) => f.trim().toLowerCase());
  for (const f of formats) {
    if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format "${f}" is not a document format; choose md, html, pdf, or several (md,html,pdf)`);
  }
  return [...new Set(formats as Format[])].sort((a, b) => FORMATS.indexOf(a) - FORMATS.indexOf(b));
}

function documentsFor(doc: string, followup: string | undefined): DocumentName[] {
  if (doc === 'all') return followup !== undefined ? ['brief', 'agreement', 'followup'] : ['brief', 'agreement'];
  if (!(RENDERED as readonly string[]).includes(doc)) throw new UsageError(`--doc "${doc}" is not a document; choose brief, agreement, followup or all`);
  if (doc === 'followup' && followup === undefined) throw new UsageError('--doc followup needs --followup <file>, the follow-up to render (see docs/followup.md)');
  if (doc !== 'followup' && followup !== undefined) throw new UsageError(`--followup only applies to --doc followup or all, not --doc ${doc}`);
  return [doc as DocumentName];
}

export async function engineFor(io: Io, options: Pick<RenderOptions, 'templates'>) {
  const overrides = findTemplateOverrides(io.cwd, options.templates);
  const compiler = overrides.length > 0 ? ((await import('handlebars')).default as unknown as HandlebarsCompiler) : undefined;
  try {
    return { overrides, engine: createEngine(overrides, compiler) };
  } catch (error) {
    if (error instanceof TemplateError) throw new UsageError(`template ${error.message}`);
    throw error;
  }
}

function printListing(io: Io, overrides: Parameters<typeof listTemplates>[0]): void {
  const rows = listTemplates(overrides);
  const width = Math.max(...rows.map((r) => `${r.kind} ${r.name}`.length));
  for (const r of rows) io.stdout.write(`${`${r.kind} ${r.name}`.padEnd(width)}  ${r.from}\n`);
}

export async function runRender(options: RenderOptions, io: Io): Promise<number> {
  if (options.listTemplates) {
    printListing(io, findTemplateOverrides(io.cwd, options.templates));
    return EXIT.clean;
  }
  if (options.spec === undefined) throw new UsageError('give the campaign spec to render, e.g. alignkit render examples/product-launch.campaign.yaml');
  // `--format md html spec.yaml` reads as the formats md and html, with html taken for the spec.
  if ((FORMATS as readonly string[]).includes(options.spec.toLowerCase()) && !existsSync(resolve(io.cwd, options.spec)))
    throw new UsageError(`"${options.spec}" is a format, not a spec: give several formats with commas (--format md,${options.spec}) or repeat the option`);
  const documents = documentsFor(options.doc, options.followup);
  const formats = formatsOf(options.format);
  const lang = languageOption(options.lang);

  const loaded = await passGate(options, io, {
    verb: 'render',
    refused: (spec) => `not rendering ${spec}: fix the errors above, or pass --force to render drafts marked "DRAFT: not aligned"`,
  });
  if (typeof loaded === 'number') return loaded;
  const { spec, data, result } = loaded;

  // 2. Who and what.
  if (options.party !== undefined) {
    if (!documents.includes('brief')) throw new UsageError('--party picks whose brief to render; use it with --doc brief or all');
    const creators = creatorIds(spec);
    if (!creators.includes(options.party)) {
      const suggestion = didYouMean(options.party, creators);
      throw new UsageError(`--party "${options.party}" is not a creator in ${options.spec}${suggestion ? `; did you mean "${suggestion}"?` : ''} (creators: ${creators.join(', ')})`);
    }
  }
  let followup: AlignkitFollowUp | undefined;
  let history: AlignkitFollowUp[] = [];
  let incidents: AlignkitIncident[] = [];
  if (options.followup !== undefined) {
    const path = resolve(io.cwd, options.followup);
    const { checkFollowUp } = await import('../core/followup.js');
    const checked = checkFollowUp(options.followup, readSpecBytes(path, options.followup).bytes, spec);
    if (!checked.followup) {
      reportFindings(io, options, [checked.result]);
      io.stderr.write(`alignkit: cannot render the follow-up: fix ${options.followup} first\n`);
      return EXIT.findings;
    }
    followup = checked.followup;
    const { followUpHistory, incidentHistory } = await import('../io/followups.js');
    history = followUpHistory(dirname(path), spec, io.cwd, path).followups;
    incidents = (await incidentHistory(dirname(resolve(io.cwd, options.spec)), spec, io.cwd)).records;
  }

  // 3. Render everything in memory first: a template error must not leave half a set of documents.
  const { engine } = await engineFor(io, options);
  const planned = planDocuments(spec, { documents, party: options.party, followup, lang });
  for (const p of planned) {
    if (p.unsupportedLanguage) io.stderr.write(`alignkit: ${p.fileName} is in English: alignkit has no ${p.unsupportedLanguage} catalog (it writes ${DOCUMENT_LOCALES.join(', ')})\n`);
  }
  const signoff = documents.includes('agreement') ? await currentSignoff(options.spec, spec, data, io) : undefined;
  const open = result.findings.filter((f) => !f.suppressions);
  const rendered = planned.map((p) => {
    try {
      return { fileName: p.fileName, locale: p.locale, content: renderPlanned(engine, spec, p, { source: options.spec!, findings: open, signoff, history, incidents }, followup) };
    } catch (error) {
      if (error instanceof TemplateError) throw new UsageError(`template ${error.message}`);
      if (error instanceof TemplateValueError) throw new UsageError(`template: ${error.message}`);
      throw error;
    }
  });
  if (rendered.length === 0) throw new UsageError('nothing to render: the spec names no creator');
  const files = formats.length === 1 && formats[0] === 'md' ? rendered : await inFormats(rendered, formats, spec);

  // 4. Write.
  if (options.out === '-') {
    if (files.length !== 1) {
      throw new UsageError(`--out - writes one document, but this would write ${files.length}; pick one with --doc agreement, --doc brief --party <id> or --doc followup, and one --format`);
    }
    const only = files[0]!;
    if (typeof only.content !== 'string') throw new UsageError('--out - writes text; a PDF goes to a directory: --out <dir>');
    io.stdout.write(only.content);
  } else {
    const shownDir = options.out ?? `out/${safeFileSegment(spec.campaign.id)}`;
    const written = writeOutputDir(resolve(io.cwd, shownDir), displayPath(io.cwd, resolve(io.cwd, shownDir)), files, options.force);
    for (const path of written) io.stdout.write(`wrote ${path}\n`);
  }
  if (result.errorCount > 0) {
    io.stderr.write(`alignkit: rendered with --force despite ${result.errorCount} error${result.errorCount === 1 ? '' : 's'}; every page is marked "DRAFT: not aligned"\n`);
  }
  return EXIT.clean;
}

/** Each Markdown document in every format asked for, next to each other with the same name. */
async function inFormats(
  rendered: readonly { fileName: string; locale: string; content: string }[],
  formats: readonly Format[],
  spec: CampaignSpec,
): Promise<{ fileName: string; content: string | Uint8Array }[]> {
  const html = formats.includes('html') ? (await import('../core/render/html.js')).markdownToHtml : undefined;
  const pdfModule = formats.includes('pdf') ? await import('../core/render/pdf.js') : undefined;
  const pdf = pdfModule ? { toPdf: pdfModule.markdownToPdf, fonts: (await import('../io/fonts.js')).pdfFonts() } : undefined;
  const size = pdfModule?.paperFor(spec.campaign.markets) ?? 'A4';
  // The spec's own date, so the same spec gives the same file (a PDF records when it was made).
  const date = new Date(`${spec.campaign.window.start}T00:00:00Z`);
  const files: { fileName: string; content: string | Uint8Array }[] = [];
  for (const doc of rendered) {
    const stem = doc.fileName.replace(/\.md$/, '');
    if (formats.includes('md')) files.push({ fileName: doc.fileName, content: doc.content });
    // The page says which language it is in, for screen readers, hyphenation and translation prompts.
    if (html) files.push({ fileName: `${stem}.html`, content: html(doc.content, { lang: doc.locale }) });
    if (pdf) {
      const subject = /^<!-- (Generated by alignkit[^\n]*?) -->/.exec(doc.content)?.[1] ?? 'Generated by alignkit';
      try {
        files.push({ fileName: `${stem}.pdf`, content: await pdf.toPdf(doc.content, { size, date, subject, lang: doc.locale, fonts: pdf.fonts }) });
      } catch (error) {
        if (!(error instanceof pdfModule!.PdfCannotShow)) throw error;
        const shown = error.characters.slice(0, 8).join(' ') + (error.characters.length > 8 ? ' …' : '');
        const line = error.line.length > 80 ? `${error.line.slice(0, 79)}…` : error.line;
        throw new UsageError(`cannot write ${stem}.pdf: its fonts have no glyphs for ${shown} (first in "${line}"); write this document as html or md, which show every character`);
      }
    }
  }
  return files;
}
