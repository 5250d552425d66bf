/** englishNumber against Intl's en-US number format, which it stands in for in findings and diffs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishNumber } from '../src/core/number-text.js';

const intl = (value: number, digits: number) => value.toLocaleString('en-US', { maximumFractionDigits: digits });

describe('englishNumber', () => {
  it('writes what Intl writes for whole numbers, cents and thousandths', () => {
    const cases = fc.tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(1, 100, 1000));
    fc.assert(
      fc.property(cases, ([n, per]) => {
        const value = n / per;
        for (const digits of [2, 3, 4]) {
          // Intl writes "-0" for a small negative number that rounds to zero; a finding says "0".
          if (intl(value, digits) === '-0') expect(englishNumber(value, digits)).toBe('0');
          else expect(englishNumber(value, digits)).toBe(intl(value, digits));
        }
      }),
      { seed: 20271207, numRuns: 3000 },
    );
  });

  it('writes what Intl writes for any double a spec can hold', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.constantFrom(0, 1, 2, 3, 4), (value, digits) => {
        const expected = intl(value, digits);
        expect(englishNumber(value, digits)).toBe(expected === '-0' ? '0' : expected);
      }),
      { seed: 20271207, numRuns: 5000 },
    );
  });

  it('rounds to the digits asked for, without trailing zeros', () => {
    expect(englishNumber(433.3333, 2)).toBe('433.33');
    expect(englishNumber(1100000)).toBe('1,100,000');
    expect(englishNumber(4.5)).toBe('4.5');
    expect(englishNumber(2.004, 2)).toBe('2');
    expect(englishNumber(-0.0001, 2)).toBe('0');
    expect(englishNumber(-1234.5, 2)).toBe('-1,234.5');
  });
});
