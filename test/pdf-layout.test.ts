/**
 * The PDF's layout without shaping (src/core/render/pdf-simple-layout.ts) against fontkit's own layout, which
 * pdfkit uses: for every character the fast layout takes, in each of the three fonts, and for every word of
 * the golden documents in all five languages, the glyphs and their positions are fontkit's.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { type FontkitFont as LaidOutFont, isSimpleCodePoint, type LaidOut, simpleLayout } from '../src/core/render/pdf-simple-layout.js';
import { pdfFonts } from '../src/io/fonts.js';
import { ROOT } from './helpers/paths.js';

interface Glyph {
  id: number;
  advanceWidth: number;
}
/** What the layout without shaping reads of a font, and fontkit's own layout to compare it with. */
interface FontkitFont extends LaidOutFont {
  layout(text: string): { glyphs: Glyph[]; positions: Record<string, number>[] };
}

/** pdfkit's embedded fonts, as `doc.font(name)` opens them. */
function embeddedFonts(): { name: string; font: FontkitFont; scale: number }[] {
  const fonts = pdfFonts();
  const doc = new PDFDocument({ font: '' } as PDFKit.PDFDocumentOptions);
  return (['regular', 'bold', 'mono'] as const).map((name) => {
    doc.registerFont(name, Buffer.from(fonts[name]));
    doc.font(name);
    const embedded = (doc as unknown as { _font: { font: FontkitFont; scale: number } })._font;
    return { name, font: embedded.font, scale: embedded.scale };
  });
}

/** fontkit's layout as pdfkit's layoutRun scales it. */
function shaped(font: FontkitFont, scale: number, text: string) {
  const run = font.layout(text);
  const positions = run.positions.map((p, i) => ({
    xAdvance: p.xAdvance! * scale,
    yAdvance: p.yAdvance! * scale,
    xOffset: p.xOffset! * scale,
    yOffset: p.yOffset! * scale,
    advanceWidth: run.glyphs[i]!.advanceWidth * scale,
  }));
  // The run's width as fontkit's GlyphRun gives it once pdfkit has scaled its positions: their sum, in order.
  return { glyphs: run.glyphs.map((g) => g.id), positions, advanceWidth: positions.reduce((width, p) => width + p.xAdvance, 0) };
}

const simple = (run: LaidOut | undefined) => run && { glyphs: run.glyphs.map((g) => g.id), positions: run.positions.map((p) => ({ ...p })), advanceWidth: run.advanceWidth };

function goldenWords(): string[] {
  const words = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md')) for (const word of readFileSync(path, 'utf8').split(/[ \t\n]+/)) if (word) words.add(`${word} `);
    }
  };
  walk(join(ROOT, 'test/golden/render'));
  walk(join(ROOT, 'test/golden/i18n'));
  return [...words];
}

describe('PDF layout without shaping', () => {
  const fonts = embeddedFonts();

  it('lays out every character it takes as fontkit does, in each font', () => {
    let compared = 0;
    for (const { name, font, scale } of fonts) {
      for (let c = 0; c <= 0xffff; c += 1) {
        if (!isSimpleCodePoint(c)) continue;
        const text = String.fromCharCode(c);
        expect(simple(simpleLayout(font, scale, text)), `${name} U+${c.toString(16).padStart(4, '0')}`).toEqual(shaped(font, scale, text));
        compared += 1;
      }
    }
    expect(compared).toBe(3 * 2062);
  });

  it('lays out every word of the golden documents (five languages) as fontkit does, or leaves it to fontkit', () => {
    const words = goldenWords();
    expect(words.length).toBeGreaterThan(2000);
    let fast = 0;
    for (const { name, font, scale } of fonts) {
      for (const word of words) {
        const run = simpleLayout(font, scale, word);
        if (run === undefined) continue;
        fast += 1;
        expect(simple(run), `${name} "${word}"`).toEqual(shaped(font, scale, word));
      }
    }
    // Nearly every word is simple; the rest (emoji, combining marks) are shaped by fontkit.
    expect(fast).toBeGreaterThan(words.length * 3 * 0.95);
  });

  it('leaves to fontkit what shaping changes: combining marks, soft hyphens, joiners, variation selectors, surrogates', () => {
    const { font, scale } = fonts[0]!;
    for (const text of ['e\u0301', 'co\u00adop', 'a\u200db', '\u2764\ufe0f', '\u{1f600}', 'x\u0483']) expect(simpleLayout(font, scale, text), JSON.stringify(text)).toBeUndefined();
  });
});
