import fc from 'fast-check';

/** Strings built from the characters that mean something in Markdown, HTML, YAML and terminals. */
export const hostileString = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...'\\`*_{}[]()#+-.!|<>&~$:=\'"@%^ \t\n\r\u001b\u0000'.split('')) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '<script>alert(1)</script>',
        '```',
        '~~~',
        '&amp;',
        '&#x41;',
        '---',
        '1.',
        '1)',
        '> ',
        '- [ ] ',
        '| a | b |',
        '\u001b[31m',
        '[x](javascript:alert(1))',
        '![i](x.png)',
        '<!--',
        '-->',
        '\\|',
        '**',
        '__',
        'www.a.b',
        'https://x.y/_a_',
      ),
    },
    { weight: 3, arbitrary: fc.constantFrom(...'abc XYZ 019 é漢'.split('')) },
  ),
  maxLength: 40,
});
