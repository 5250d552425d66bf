// Writes templates/fonts/: DejaVu Sans, Sans Bold and Sans Mono cut down to the scripts and symbols alignkit's
// documents use (Latin with its extensions, Greek, Cyrillic, punctuation, currency, letterlike symbols, arrows,
// maths operators, box drawing, shapes). A full DejaVu font takes pdfkit about 200 ms to read on every PDF; the
// cut one about 5 ms. Needs fontTools (Debian: python3-fonttools); run it after upgrading dejavu-fonts-ttf.
import { copyFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const UNICODES = 'U+0020-007E,U+00A0-017F,U+0180-024F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2200-22FF,U+2500-257F,U+25A0-25FF';
for (const font of ['DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSansMono']) {
  execFileSync(
    '/usr/bin/python3',
    [
      '-m',
      'fontTools.subset',
      `node_modules/dejavu-fonts-ttf/ttf/${font}.ttf`,
      `--unicodes=${UNICODES}`,
      '--layout-features=',
      '--no-hinting',
      '--drop-tables+=FFTM',
      `--output-file=templates/fonts/${font}.ttf`,
    ],
    { stdio: 'inherit' },
  );
  console.log(`wrote templates/fonts/${font}.ttf`);
}
copyFileSync('node_modules/dejavu-fonts-ttf/LICENSE', 'templates/fonts/LICENSE-DejaVu.txt');
