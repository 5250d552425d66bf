import { describe, expect, it } from 'vitest';
import { isCalendarDate, isCountry, isCurrency, isTimeZone, isZonedDateTime, zonedDateTimeProblem } from '../src/core/validate/formats.js';

describe('formats', () => {
  it('dates must exist', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2100-02-29')).toBe(false);
    expect(isCalendarDate('2027-04-31')).toBe(false);
    expect(isCalendarDate('2027-4-3')).toBe(false);
  });
  it('zoned date-times need a real date, clock time and IANA zone', () => {
    expect(isZonedDateTime('2027-03-04T17:00 America/New_York')).toBe(true);
    expect(isZonedDateTime('2027-03-04T17:00:30 Asia/Kolkata')).toBe(true);
    expect(isZonedDateTime('2027-03-04T17:00')).toBe(false);
    expect(isZonedDateTime('2027-03-04T17:00 EST')).toBe(false);
    expect(isZonedDateTime('2027-03-04T24:00 Europe/Paris')).toBe(false);
    expect(zonedDateTimeProblem('2027-02-30T10:00 Europe/Paris')).toBe('2027-02-30 is not a real calendar date');
    expect(zonedDateTimeProblem('2027-03-01T10:00 Europe/Pariss')).toBe('Europe/Pariss is not an IANA time zone');
  });
  it('time zones come from a fixed list, so results do not depend on ICU', () => {
    expect(isTimeZone('Europe/Kyiv')).toBe(true);
    expect(isTimeZone('Europe/Kiev')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('+05:00')).toBe(false);
    expect(isTimeZone('__proto__')).toBe(false);
  });
  it('country and currency codes', () => {
    expect([isCountry('GB'), isCountry('UK'), isCountry('EU'), isCountry('gb')]).toEqual([true, false, true, false]);
    expect([isCurrency('EUR'), isCurrency('XXX'), isCurrency('eur')]).toEqual([true, false, false]);
  });
});
