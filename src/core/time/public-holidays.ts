/**
 * Public holidays by country or region ("US", "DE-BE"), from the date-holidays
 * library (its data: CC-BY-3.0). Loaded only for specs whose parties name a
 * holiday calendar (holiday-registry.ts), so lint of other specs never reads it.
 */
import Holidays from 'date-holidays';

export interface PublicHolidays {
  /** Whether alignkit has a holiday calendar for the region. */
  knows(region: string): boolean;
  /** The region's public holidays in a year, as YYYY-MM-DD. */
  inYear(region: string, year: number): ReadonlySet<string>;
  /** A region's name, for messages: "United States", "Berlin (Germany)". */
  nameOf(region: string): string;
}

function split(region: string): [string, string | undefined] {
  const [country, state] = region.split('-');
  return [country!, state];
}

const byRegion = new Map<string, Holidays>();
const byYear = new Map<string, ReadonlySet<string>>();

function calendar(region: string): Holidays | undefined {
  if (byRegion.has(region)) return byRegion.get(region);
  const [country, state] = split(region);
  const known = new Holidays().getCountries()[country] !== undefined && (state === undefined || new Holidays().getStates(country)?.[state] !== undefined);
  const hd = known ? new Holidays(country, state ?? '', { types: ['public'] }) : undefined;
  byRegion.set(region, hd as Holidays);
  return hd;
}

export const publicHolidays: PublicHolidays = {
  knows: (region) => calendar(region) !== undefined,
  inYear(region, year) {
    const key = `${region}:${year}`;
    let dates = byYear.get(key);
    if (!dates) {
      const hd = calendar(region);
      dates = new Set((hd ? hd.getHolidays(year) : []).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
      byYear.set(key, dates);
    }
    return dates;
  },
  nameOf(region) {
    const [country, state] = split(region);
    const countryName = new Holidays().getCountries('en')[country] ?? country;
    const stateName = state ? new Holidays().getStates(country, 'en')?.[state] : undefined;
    return stateName ? `${stateName} (${countryName})` : countryName;
  },
};
