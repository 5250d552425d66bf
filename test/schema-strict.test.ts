/**
 * The published schemas as other programs use them: Ajv in strict mode with
 * the vocabulary `alignkit/ajv` exports (from the build), SchemaStore-style
 * test files (test/ valid, negative_test/ invalid), `alignkit schema`, and how
 * this installation names itself in the next steps it prints.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/program.js';
import { alignkitCommand } from '../src/io/installation.js';
import { memoryIo } from './helpers/memory-io.js';
import { EXAMPLES, ROOT } from './helpers/paths.js';

const STORE = join(ROOT, 'test/fixtures/schemastore');
const SCHEMAS = { campaign: 'campaign', config: 'config', followup: 'followup' } as const;

async function strictValidators() {
  const { addAlignkitVocabulary, keywords } = await import(join(ROOT, 'dist/ajv.js'));
  const ajv = addAlignkitVocabulary(new Ajv({ strict: true, allErrors: true }));
  const compile = (name: string) => ajv.compile(JSON.parse(readFileSync(join(ROOT, `schemas/${name}.schema.json`), 'utf8')));
  return { keywords: keywords as string[], validators: Object.fromEntries(Object.keys(SCHEMAS).map((n) => [n, compile(n)])) };
}

function storeFiles(kind: 'test' | 'negative_test') {
  return readdirSync(join(STORE, kind)).flatMap((dir) =>
    readdirSync(join(STORE, kind, dir)).map((file) => ({
      schema: dir.replace(/^alignkit-/, '') as keyof typeof SCHEMAS,
      file: `${kind}/${dir}/${file}`,
      data: parse(readFileSync(join(STORE, kind, dir, file), 'utf8')),
    })),
  );
}

describe('the schemas under Ajv strict mode', () => {
  it('compile with alignkit/ajv, which declares every x- keyword they use', async () => {
    const { keywords } = await strictValidators();
    const used = new Set<string>();
    for (const name of Object.keys(SCHEMAS)) for (const m of readFileSync(join(ROOT, `schemas/${name}.schema.json`), 'utf8').matchAll(/"(x-[a-z-]+)":/g)) used.add(m[1]!);
    expect([...used].filter((k) => !keywords.includes(k))).toEqual([]);
  });

  it('do not compile in strict mode without it (so the vocabulary is needed, and documented)', () => {
    expect(() => new Ajv({ strict: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas/campaign.schema.json'), 'utf8')))).toThrow(/unknown keyword/);
  });

  it('accept every SchemaStore-style test file and every example', async () => {
    const { validators } = await strictValidators();
    const files = [...storeFiles('test'), ...EXAMPLES.filter((p) => p.endsWith('.campaign.yaml')).map((p) => ({ schema: 'campaign' as const, file: p, data: parse(readFileSync(p, 'utf8')) }))];
    const rejected = files.filter((f) => !validators[f.schema]!(f.data)).map((f) => `${f.file}: ${JSON.stringify(validators[f.schema]!.errors?.[0])}`);
    expect(rejected).toEqual([]);
    expect(new Set(files.map((f) => f.schema))).toEqual(new Set(Object.keys(SCHEMAS)));
  });

  it('reject every negative test file', async () => {
    const { validators } = await strictValidators();
    const files = storeFiles('negative_test');
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(files.filter((f) => validators[f.schema]!(f.data)).map((f) => f.file)).toEqual([]);
  });
});

describe('alignkit schema', () => {
  it('prints the installed schema, or its path', async () => {
    const io = memoryIo({ cwd: ROOT });
    expect(await main(['schema', 'config', '--path'], io)).toBe(0);
    expect(io.out()).toBe(`${join(ROOT, 'schemas/config.schema.json')}\n`);
    const content = memoryIo({ cwd: ROOT });
    expect(await main(['schema'], content)).toBe(0);
    expect(JSON.parse(content.out()).$id).toBe('https://alignkit.dev/schemas/campaign.schema.json');
  });

  it('refuses an unknown schema name (exit 2)', async () => {
    const io = memoryIo({ cwd: ROOT });
    expect(await main(['schema', 'brief'], io)).toBe(2);
    expect(io.err()).toBe('alignkit: unknown schema "brief"; choose one of: campaign, config, followup, wrap, incident, due-report\n');
  });
});

describe('the alignkit command printed in next steps', () => {
  it('is npx alignkit inside a checkout of alignkit and alignkit outside it (installed copies: test/pack.test.ts)', () => {
    expect(alignkitCommand(join(ROOT, 'examples'))).toBe('npx alignkit');
    expect(alignkitCommand(ROOT)).toBe('npx alignkit');
    expect(alignkitCommand(tmpdir())).toBe('alignkit');
  });
});
