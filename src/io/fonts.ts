/**
 * The fonts PDF documents embed: DejaVu Sans, Sans Bold and Sans Mono, cut
 * down by scripts/subset-fonts.mjs to the scripts the documents use, shipped
 * in templates/fonts/ with their licence.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { installationRoot } from './installation.js';

const FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', mono: 'DejaVuSansMono.ttf' } as const;

export function pdfFonts(): { regular: Uint8Array; bold: Uint8Array; mono: Uint8Array } {
  const dir = join(installationRoot() ?? '.', 'templates', 'fonts');
  if (!existsSync(join(dir, FILES.regular))) throw new UsageError(`the fonts for PDF documents are missing from this installation (${dir}); reinstall alignkit`);
  return { regular: readFileSync(join(dir, FILES.regular)), bold: readFileSync(join(dir, FILES.bold)), mono: readFileSync(join(dir, FILES.mono)) };
}
