/**
 * The schema and modeline as an editor sees them: yaml-language-server, the
 * engine behind the VS Code YAML extension, validates the examples and a
 * broken copy through the `# yaml-language-server: $schema=` modeline.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { getLanguageService } from 'yaml-language-server';
import { EXAMPLES } from './helpers/paths.js';

async function diagnose(path: string, text: string) {
  const service = getLanguageService({
    schemaRequestService: async (uri: string) => readFileSync(new URL(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href },
  } as never);
  service.configure({ validate: true, completion: false, hover: false, format: false, isKubernetes: false } as never);
  const document = TextDocument.create(pathToFileURL(path).href, 'yaml', 1, text);
  return service.doValidation(document, false);
}

describe('editor validation through the modeline', () => {
  it.each(EXAMPLES)('%s has no diagnostics', async (path) => {
    expect(await diagnose(path, readFileSync(path, 'utf8'))).toEqual([]);
  });

  it('reports a broken copy at the right lines', async () => {
    const path = EXAMPLES.find((p) => p.endsWith('product-launch.campaign.yaml'))!;
    const broken = readFileSync(path, 'utf8')
      .replace('    platform: tiktok\n', '    platform: tiktokk\n')
      .replace('    draft_due: 2027-02-19T17:00 America/Los_Angeles\n', '    draftdue: 2027-02-19T17:00 America/Los_Angeles\n');
    const diagnostics = await diagnose(path.replace('.campaign.yaml', '-broken.campaign.yaml'), broken);
    const lines = broken.split('\n');
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle));
    const reported = diagnostics.map((d) => d.range.start.line);
    expect(reported).toContain(lineOf('platform: tiktokk'));
    expect(reported).toContain(lineOf('draftdue:'));
  });
});
