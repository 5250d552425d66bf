/**
 * Text runs laid out without fontkit's shaping engine, where shaping cannot
 * change anything. Our fonts are cut with no layout features
 * (scripts/subset-fonts.mjs), so for the scripts they hold (Latin, Greek,
 * Cyrillic, symbols) fontkit's layout of a word is each character's glyph at
 * its own advance; fontkit still builds a shaping plan, glyph infos and
 * positions for every word, which was most of the time a PDF took. Characters
 * where shaping does something (combining marks, default-ignorables, variation
 * selectors, right-to-left or complex scripts) go to fontkit as before.
 * test/pdf-layout.test.ts compares both layouts for every character the fast
 * one takes, in each font.
 */

interface Glyph {
  readonly id: number;
  readonly advanceWidth: number;
  readonly codePoints: readonly number[];
}

/** fontkit's font, as far as alignkit's PDF code reads it. */
export interface FontkitFont {
  glyphForCodePoint(codePoint: number): Glyph;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

export interface LaidOut {
  glyphs: Glyph[];
  positions: Position[];
  readonly advanceWidth: number;
}

/** pdfkit's embedded font, as far as layout goes. */
interface EmbeddedFont {
  font: FontkitFont;
  scale: number;
  layoutRun(text: string, features?: unknown): LaidOut;
}

/** Whether fontkit, with no layout features, lays this character out as its glyph at the glyph's own advance. */
export function isSimpleCodePoint(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0x24f && c !== 0xad) ||
    (c >= 0x370 && c <= 0x482) ||
    (c >= 0x48a && c <= 0x4ff) ||
    (c >= 0x1e00 && c <= 0x1eff) ||
    (c >= 0x2010 && c <= 0x2027) ||
    (c >= 0x2030 && c <= 0x205e) ||
    (c >= 0x20a0 && c <= 0x20cf) ||
    (c >= 0x2100 && c <= 0x22ff) ||
    (c >= 0x2500 && c <= 0x25ff)
  );
}

/**
 * fontkit's GlyphRun sums its positions each time pdfkit asks for its width, because pdfkit scales them
 * after layout; these are laid out scaled, and pdfkit never changes a run's positions after that (it copies
 * a space's position to add word spacing), so the sum is taken once, in the same order: pdfkit asks for it
 * for every word on every line it tries.
 */
class SimpleRun implements LaidOut {
  constructor(
    readonly glyphs: Glyph[],
    readonly positions: Position[],
    readonly advanceWidth: number,
  ) {}
}

/** The layout of `text` in `font` without shaping; undefined when a character needs fontkit. */
export function simpleLayout(font: FontkitFont, scale: number, text: string): LaidOut | undefined {
  const glyphs: Glyph[] = [];
  const positions: Position[] = [];
  let width = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (!isSimpleCodePoint(c)) return undefined;
    const glyph = font.glyphForCodePoint(c);
    glyphs.push(glyph);
    const advance = glyph.advanceWidth * scale;
    positions.push({ xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance });
    width += advance;
  }
  return new SimpleRun(glyphs, positions, width);
}

const PATCHED = Symbol('alignkit simple layout');

/**
 * Has pdfkit's embedded fonts (the class of `font`) lay out simple words without shaping. Only where
 * pdfkit's layout step is the one this was written against; otherwise pdfkit's own is left alone.
 */
export function useSimpleLayout(font: unknown): void {
  const proto = font === null || typeof font !== 'object' ? undefined : (Object.getPrototypeOf(font) as Record<string | symbol, unknown>);
  if (!proto || proto[PATCHED] || typeof proto.layoutRun !== 'function' || typeof proto.layoutCached !== 'function') return;
  const shaped = proto.layoutRun as EmbeddedFont['layoutRun'];
  proto.layoutRun = function layoutRun(this: EmbeddedFont, text: string, features?: unknown): LaidOut {
    return (features === undefined && simpleLayout(this.font, this.scale, text)) || shaped.call(this, text, features);
  };
  proto[PATCHED] = true;
}
