/**
 * The law's (or the binding industry code's) floors for regulated categories,
 * per market. A spec may be stricter; it can never be laxer: rules compare
 * people and audiences with the stricter of the spec's own limit and these.
 */
export type RegulatedCategory = 'alcohol' | 'gambling';

export interface Floor<T> {
  value: T;
  /** Who says so, as a reader can look it up. */
  source: string;
}

export interface MarketFloors {
  /** Youngest age for anyone in a significant role (shown using the product, presenting it). */
  talentAge?: Floor<number>;
  /** The share of the audience under 18 must stay below this (per cent). */
  underEighteenBelowPct?: Floor<number>;
  /** Share of the audience that must be of legal purchase age (per cent). */
  legalAgeAudiencePct?: Floor<number>;
}

export const REGULATED_FLOORS: Readonly<Record<RegulatedCategory, Readonly<Record<string, MarketFloors>>>> = {
  alcohol: {
    GB: {
      talentAge: { value: 25, source: 'UK CAP Code 18.16' },
      underEighteenBelowPct: { value: 25, source: 'UK CAP Code 18.15 and ASA guidance on audience composition' },
    },
    US: {
      talentAge: { value: 21, source: 'US legal purchase age (21); DISCUS Code of Responsible Practices' },
      legalAgeAudiencePct: { value: 73.8, source: 'DISCUS Code of Responsible Practices (audience composition)' },
    },
  },
  gambling: {
    GB: {
      talentAge: { value: 25, source: 'UK CAP Code 16.3.14' },
      underEighteenBelowPct: { value: 25, source: 'UK CAP Code 16.3.13 and ASA guidance on audience composition' },
    },
    US: {
      talentAge: { value: 21, source: 'US state gaming regulators (21+ for online sports betting); AGA Responsible Marketing Code' },
    },
  },
};

export const isRegulatedCategory = (category: string): category is RegulatedCategory => category === 'alcohol' || category === 'gambling';

/** The strictest floor of one kind over some markets, with the market it comes from. */
export function strictestFloor(
  category: RegulatedCategory,
  markets: readonly string[],
  kind: keyof MarketFloors,
  stricter: (a: number, b: number) => boolean,
): (Floor<number> & { market: string }) | undefined {
  let best: (Floor<number> & { market: string }) | undefined;
  for (const market of [...new Set(markets)].sort()) {
    const floor = REGULATED_FLOORS[category][market]?.[kind];
    if (floor && (best === undefined || stricter(floor.value, best.value))) best = { ...floor, market };
  }
  return best;
}
