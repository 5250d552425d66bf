/**
 * Documents in the creator's language: every catalog has every message and
 * every vocabulary word, each message's placeholders are the English ones,
 * a golden brief per language (checked by markdownlint and remark-gfm), and a
 * brief in Canadian French states disclosure rules that lint agrees with.
 */
import { readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { canadianFrenchOverrides, catalogFor, ENGLISH_MESSAGES } from '../src/core/i18n/catalogs.js';
import { documentLanguage, ENGLISH_FORMATTERS, ENGLISH_LABELS } from '../src/core/i18n/language.js';
import { DOCUMENT_LOCALES, documentLocale } from '../src/core/i18n/locales.js';
import { createEngine } from '../src/core/render/engine.js';
import { briefLanguage, planDocuments, renderPlanned } from '../src/core/render/render.js';
import type { CampaignSpec } from '../src/core/spec/model.js';
import type { AlignkitFollowUp } from '../src/generated/followup.types.js';
import { emptySections, markdownlintProblems, parseMarkdown, tableProblems } from './helpers/markdown-oracle.js';
import { findingsOf, loadSpec } from './helpers/render.js';

const TRANSLATED = DOCUMENT_LOCALES.filter((l) => l !== 'en');
const LABEL_KEYS = Object.entries(ENGLISH_LABELS).flatMap(([table, words]) => Object.keys(words).map((value) => `label.${table}.${value}`));

/** The argument names a message uses, at any depth (plural and select branches included). */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: readonly unknown[]) => {
    for (const node of nodes as { type: number; value?: string; options?: Record<string, { value: unknown[] }> }[]) {
      if (typeof node.value === 'string' && node.type !== 0 && node.type !== 7) names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst());
  return [...names].sort();
}

describe('message catalogs', () => {
  it.each(TRANSLATED)('%s has every English message and a word for every vocabulary value, and nothing else', (locale) => {
    const keys = Object.keys(catalogFor(locale)).sort();
    expect(keys).toEqual([...Object.keys(ENGLISH_MESSAGES), ...LABEL_KEYS].sort());
  });

  it('fr-CA only overrides French messages that exist', () => {
    for (const key of Object.keys(canadianFrenchOverrides())) expect(Object.keys(catalogFor('fr')), key).toContain(key);
  });

  it.each(TRANSLATED)('%s messages parse and use exactly the English placeholders', (locale) => {
    for (const [key, english] of Object.entries(ENGLISH_MESSAGES)) {
      expect(argumentsOf(catalogFor(locale)[key]!, locale), `${locale} ${key}`).toEqual(argumentsOf(english, 'en'));
    }
    for (const key of LABEL_KEYS.filter((k) => k.startsWith('label.mandatory.'))) {
      expect(argumentsOf(catalogFor(locale)[key]!, locale), `${locale} ${key}`).toEqual(['value']);
    }
  });

  it.each(['en', ...TRANSLATED] as const)('%s fills every # with its number, wherever the plural is (a # under a nested select once printed "every # weeks")', (locale) => {
    const lang = documentLanguage(locale);
    for (const key of Object.keys(ENGLISH_MESSAGES)) {
      for (const unit of ['week', 'month']) {
        const values = Object.fromEntries(argumentsOf(ENGLISH_MESSAGES[key]!, 'en').map((name) => [name, name === 'unit' ? unit : 2]));
        expect(lang.t(key, values), `${locale} ${key}`).not.toMatch(/(^|\s)#(\s|$)/);
      }
    }
  });

  it("reads every English message the same with alignkit's plural and number formatters as with Intl's", () => {
    for (const [key, source] of Object.entries(ENGLISH_MESSAGES)) {
      const names = argumentsOf(source, 'en');
      for (const n of [0, 1, 2, 7, 1234, 2.5]) {
        const values = Object.fromEntries(names.map((name) => [name, ['whose', 'severity'].includes(name) ? 'your' : n]));
        const ours = new IntlMessageFormat(source, 'en-GB', undefined, { ignoreTag: true, formatters: ENGLISH_FORMATTERS }).format(values);
        const intl = new IntlMessageFormat(source, 'en-GB', undefined, { ignoreTag: true }).format(values);
        expect(ours, `${key} with ${n}`).toBe(intl);
      }
    }
  });

  it('maps language tags from specs onto the catalogs', () => {
    expect(['en-US', 'en-GB', 'fr-FR', 'fr-BE', 'fr-CA', 'FR_ca', 'de-AT', 'de-DE', 'es-MX', 'es', 'it-IT', ''].map(documentLocale)).toEqual([
      'en',
      'en',
      'fr',
      'fr',
      'fr-CA',
      'fr-CA',
      'de',
      'de',
      'es',
      'es',
      undefined,
      undefined,
    ]);
  });

  it('formats dates, times, money and lists per language', () => {
    const wall = Date.UTC(2027, 1, 19, 17, 0);
    const money = { amount: 7500, currency: 'EUR' };
    const seen = Object.fromEntries(
      DOCUMENT_LOCALES.map((locale) => {
        const lang = documentLanguage(locale);
        return [locale, [lang.wall(wall), lang.money(money), lang.and(['a', 'b', 'c']), lang.count(2, 'day')].join(' | ').replace(/\s/g, ' ')];
      }),
    );
    expect(seen).toEqual({
      en: 'Fri 19 Feb 2027, 17:00 | EUR 7,500 | a, b and c | 2 days',
      fr: 'ven. 19 févr. 2027, 17:00 | 7 500 EUR | a, b et c | 2 jours',
      'fr-CA': 'ven. 19 févr. 2027, 17 h 00 | 7 500 EUR | a, b et c | 2 jours',
      de: 'Fr., 19. Feb. 2027, 17:00 | 7.500 EUR | a, b und c | 2 Tage',
      es: 'vie, 19 feb 2027, 17:00 | 7500 EUR | a, b y c | 2 días',
    });
  });
});

const engine = createEngine();
const LAUNCH = 'examples/product-launch.campaign.yaml';

function brief(spec: CampaignSpec, party: string, lang?: (typeof DOCUMENT_LOCALES)[number]): string {
  const [planned] = planDocuments(spec, { documents: ['brief'], party, lang });
  return renderPlanned(engine, spec, planned!, { source: LAUNCH, findings: [] });
}

describe('briefs in every language', () => {
  it.each(DOCUMENT_LOCALES)('%s: the golden brief, valid under markdownlint and remark-gfm', async (locale) => {
    const content = brief(loadSpec(LAUNCH), 'jon-reyes', locale);
    await expect(content).toMatchFileSnapshot(`golden/i18n/brief-jon-reyes.${locale}.md`);
    const tree = parseMarkdown(content);
    expect([...(await markdownlintProblems(`brief.${locale}.md`, content)), ...tableProblems(tree), ...emptySections(tree)]).toEqual([]);
    expect(content).not.toMatch(/\{\{|\}\}|\{[a-z]+\}/i);
  });

  it("follows the creator's language, then their deliverables', and says when it has no catalog", () => {
    const spec = loadSpec(LAUNCH);
    expect(briefLanguage(spec, 'jon-reyes')).toEqual({ locale: 'en' });
    const jon = spec.parties.find((p) => p.id === 'jon-reyes')!;
    expect(briefLanguage({ ...spec, parties: spec.parties.map((p) => (p === jon ? { ...p, language: 'de-AT' } : p)) }, 'jon-reyes')).toEqual({ locale: 'de' });
    expect(briefLanguage({ ...spec, parties: spec.parties.map((p) => (p === jon ? { ...p, language: 'it-IT' } : p)) }, 'jon-reyes')).toEqual({ locale: 'en', unsupportedLanguage: 'it-IT' });
    expect(briefLanguage(spec, 'jon-reyes', 'es')).toEqual({ locale: 'es' });
  });
});

/** The launch's day-10 check-in, as `render --followup` reads it. */
function launchFollowUp(): AlignkitFollowUp {
  return parseDocument(readFileSync('examples/product-launch.2027-03-19.followup.yaml', 'utf8')).toJS() as AlignkitFollowUp;
}

function documentIn(spec: CampaignSpec, document: 'agreement' | 'followup', lang: (typeof DOCUMENT_LOCALES)[number]): string {
  const followup = document === 'followup' ? launchFollowUp() : undefined;
  const [planned] = planDocuments(spec, { documents: [document], followup, lang });
  return renderPlanned(engine, spec, planned!, { source: LAUNCH, findings: [] }, followup);
}

/** Headings and table header rows: the words a document's template writes, not the spec's. */
function templateWords(markdown: string): string[] {
  return markdown.split('\n').filter((line) => /^#{1,2} /.test(line) || (/^\| .* \|$/.test(line) && !line.includes('`')));
}

describe('the agreement summary and the follow-up on request (--lang)', () => {
  it.each(TRANSLATED.flatMap((locale) => [['agreement', locale] as const, ['followup', locale] as const]))(
    '%s in %s: the golden document, valid under markdownlint and remark-gfm',
    async (document, locale) => {
      const content = documentIn(loadSpec(LAUNCH), document, locale);
      await expect(content).toMatchFileSnapshot(`golden/i18n/${document}-product-launch.${locale}.md`);
      const tree = parseMarkdown(content);
      expect([...(await markdownlintProblems(`${document}.${locale}.md`, content)), ...tableProblems(tree), ...emptySections(tree)]).toEqual([]);
      expect(content).not.toMatch(/\{\{|\}\}|\{[a-z]+\}/i);
    },
  );

  it('keeps English documents byte for byte as before, and leaves no English heading in a translated one', () => {
    const spec = loadSpec(LAUNCH);
    const english = {
      agreement: documentIn(spec, 'agreement', 'en'),
      followup: documentIn(spec, 'followup', 'en'),
    };
    // The golden was rendered with the sign-off status, which adds the version line.
    const golden = readFileSync('test/golden/render/product-launch/agreement.md', 'utf8').replace(/\nAgreement version \(SHA-256\): `[0-9a-f]{64}`\n/, '');
    expect(english.agreement).toBe(golden);
    for (const document of ['agreement', 'followup'] as const) {
      const englishHeadings = new Set(templateWords(english[document]).filter((line) => line.startsWith('#')));
      for (const locale of TRANSLATED) {
        // A word the language shares with English ("Parties" in French) may stay.
        const shared = new Set(
          Object.keys(ENGLISH_MESSAGES)
            .filter((key) => catalogFor(locale)[key] === ENGLISH_MESSAGES[key])
            .map((key) => `## ${ENGLISH_MESSAGES[key]}`),
        );
        const left = templateWords(documentIn(spec, document, locale)).filter((line) => englishHeadings.has(line) && !shared.has(line));
        expect(left, `${document} in ${locale}`).toEqual([]);
      }
    }
  });
});

/** The launch example with Jon Reyes writing for French-speaking Canada only, with these disclosure labels. */
function frenchCanadianJon(labels: string[]): string {
  const doc = parseDocument(readLaunch());
  const parties = doc.get('parties') as { items: { get(k: string): unknown; set(k: string, v: unknown): void }[] };
  parties.items.find((p) => p.get('id') === 'jon-reyes')!.set('language', 'fr-CA');
  const deliverables = doc.get('deliverables') as { items: { get(k: string): unknown; set(k: string, v: unknown): void; setIn(path: string[], v: unknown): void }[] };
  for (const d of deliverables.items.filter((x) => x.get('creator') === 'jon-reyes')) {
    d.set('language', 'fr-CA');
    d.set('markets', doc.createNode(['CA'], { flow: true }));
    d.setIn(['disclosure', 'labels'], doc.createNode(labels, { flow: true }));
  }
  return doc.toString();
}

let launchText: string | undefined;
function readLaunch(): string {
  launchText ??= readFileSync(LAUNCH, 'utf8');
  return launchText;
}

describe('a brief in Canadian French', () => {
  it('states the French wording Ad Standards lists, and lint accepts every word it states', async () => {
    const text = frenchCanadianJon(['#pub']);
    expect((await findingsOf(LAUNCH, text)).filter((f) => f.ruleId.startsWith('disclosure'))).toEqual([]);
    const spec = parseDocument(text).toJS() as CampaignSpec;
    const content = brief(spec, 'jon-reyes');
    expect(content).toContain('# Brief créateur');
    expect(content).toContain('affichez `#pub`');
    const row = content.split('\n').find((line) => line.startsWith('| CA |'))!;
    const stated = row.split('|')[3]!.trim().split(', ');
    expect(stated).toContain('#pub');
    for (const label of stated) {
      const findings = await findingsOf(LAUNCH, frenchCanadianJon([label]));
      expect(
        findings.filter((f) => f.ruleId === 'disclosure-label-accepted'),
        label,
      ).toEqual([]);
    }
  });

  it('is refused an English-only label: Ad Standards asks for the disclosure in the language of the content', async () => {
    const findings = (await findingsOf(LAUNCH, frenchCanadianJon(['#ad']))).filter((f) => f.ruleId === 'disclosure-label-accepted');
    expect(findings.map((f) => f.message)).toEqual([
      'Deliverable jon-reel targets CA, but none of its labels (#ad) is wording accepted under Competition Act and Ad Standards (French-language content).',
      'Deliverable jon-stories targets CA, but none of its labels (#ad) is wording accepted under Competition Act and Ad Standards (French-language content).',
    ]);
  });
});
