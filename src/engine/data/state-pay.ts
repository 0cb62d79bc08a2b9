// Pay by state for HR jobs: BEA Regional Price Parities (all items, 2023, US = 100) and BLS OEWS
// May 2023 state annual mean wages for the two HR occupations the role catalog maps onto.
// Both tables are fair: read from copies of the agencies' files (see /work/shared/data/state-pay.md);
// seven RPP values were checked against BEA's release page, the OEWS means were not checked against bls.gov.
import type { SourceId } from './sources.ts';
import type { StateCode } from './state-codes.ts';

export interface StatePay {
  /** Regional Price Parity, all items, 2023 (US = 100). */
  rpp: number;
  /** Mean annual wage, SOC 13-1071 Human Resources Specialists, May 2023. */
  hrSpecialistsMean: number;
  /** Mean annual wage, SOC 11-3121 Human Resources Managers, May 2023. */
  hrManagersMean: number;
}

/** The occupations with state wages, by SOC code, and the column that holds them. */
export const STATE_WAGE_OCCUPATIONS = {
  '13-1071': { title: 'Human Resources Specialists', column: 'hrSpecialistsMean' },
  '11-3121': { title: 'Human Resources Managers', column: 'hrManagersMean' },
} as const satisfies Record<string, { title: string; column: keyof StatePay }>;

export type StateWageSoc = keyof typeof STATE_WAGE_OCCUPATIONS;

export const statePaySources: { wages: SourceId; prices: SourceId } = { wages: 'bls-oews-state-2023', prices: 'bea-rpp-2023' };

export const statePay: Record<StateCode, StatePay> = {
  AK: { rpp: 101.7, hrSpecialistsMean: 74_070, hrManagersMean: 121_080 },
  AL: { rpp: 90.0, hrSpecialistsMean: 66_220, hrManagersMean: 117_980 },
  AR: { rpp: 86.5, hrSpecialistsMean: 62_540, hrManagersMean: 117_190 },
  AZ: { rpp: 101.1, hrSpecialistsMean: 68_660, hrManagersMean: 142_840 },
  CA: { rpp: 112.6, hrSpecialistsMean: 90_110, hrManagersMean: 182_460 },
  CO: { rpp: 101.4, hrSpecialistsMean: 84_600, hrManagersMean: 162_630 },
  CT: { rpp: 103.7, hrSpecialistsMean: 80_060, hrManagersMean: 159_370 },
  DC: { rpp: 110.8, hrSpecialistsMean: 106_740, hrManagersMean: 180_750 },
  DE: { rpp: 99.3, hrSpecialistsMean: 80_530, hrManagersMean: 158_820 },
  FL: { rpp: 103.5, hrSpecialistsMean: 69_030, hrManagersMean: 133_570 },
  GA: { rpp: 96.7, hrSpecialistsMean: 71_800, hrManagersMean: 146_860 },
  HI: { rpp: 108.6, hrSpecialistsMean: 70_610, hrManagersMean: 121_680 },
  IA: { rpp: 88.8, hrSpecialistsMean: 69_750, hrManagersMean: 127_990 },
  ID: { rpp: 91.4, hrSpecialistsMean: 66_290, hrManagersMean: 121_950 },
  IL: { rpp: 98.9, hrSpecialistsMean: 73_710, hrManagersMean: 148_660 },
  IN: { rpp: 92.2, hrSpecialistsMean: 65_610, hrManagersMean: 130_540 },
  KS: { rpp: 90.0, hrSpecialistsMean: 71_280, hrManagersMean: 136_570 },
  KY: { rpp: 90.5, hrSpecialistsMean: 66_160, hrManagersMean: 117_890 },
  LA: { rpp: 88.3, hrSpecialistsMean: 63_290, hrManagersMean: 110_420 },
  MA: { rpp: 108.2, hrSpecialistsMean: 83_920, hrManagersMean: 185_650 },
  MD: { rpp: 104.0, hrSpecialistsMean: 86_710, hrManagersMean: 155_740 },
  ME: { rpp: 97.1, hrSpecialistsMean: 72_570, hrManagersMean: 131_800 },
  MI: { rpp: 94.2, hrSpecialistsMean: 71_070, hrManagersMean: 136_910 },
  MN: { rpp: 98.4, hrSpecialistsMean: 79_190, hrManagersMean: 155_360 },
  MO: { rpp: 91.8, hrSpecialistsMean: 67_480, hrManagersMean: 128_400 },
  MS: { rpp: 87.3, hrSpecialistsMean: 58_860, hrManagersMean: 105_800 },
  MT: { rpp: 90.2, hrSpecialistsMean: 64_620, hrManagersMean: 116_200 },
  NC: { rpp: 94.1, hrSpecialistsMean: 73_010, hrManagersMean: 141_540 },
  ND: { rpp: 88.6, hrSpecialistsMean: 69_500, hrManagersMean: 135_590 },
  NE: { rpp: 90.4, hrSpecialistsMean: 63_040, hrManagersMean: 131_990 },
  NH: { rpp: 105.3, hrSpecialistsMean: 77_110, hrManagersMean: 147_260 },
  NJ: { rpp: 108.9, hrSpecialistsMean: 84_920, hrManagersMean: 184_810 },
  NM: { rpp: 90.4, hrSpecialistsMean: 64_580, hrManagersMean: 124_620 },
  NV: { rpp: 97.0, hrSpecialistsMean: 72_760, hrManagersMean: 106_700 },
  NY: { rpp: 107.6, hrSpecialistsMean: 89_530, hrManagersMean: 198_830 },
  OH: { rpp: 91.8, hrSpecialistsMean: 69_770, hrManagersMean: 138_180 },
  OK: { rpp: 88.3, hrSpecialistsMean: 63_790, hrManagersMean: 122_200 },
  OR: { rpp: 104.7, hrSpecialistsMean: 74_770, hrManagersMean: 146_570 },
  PA: { rpp: 97.5, hrSpecialistsMean: 68_470, hrManagersMean: 139_000 },
  RI: { rpp: 101.4, hrSpecialistsMean: 75_640, hrManagersMean: 163_990 },
  SC: { rpp: 93.2, hrSpecialistsMean: 69_690, hrManagersMean: 121_970 },
  SD: { rpp: 88.1, hrSpecialistsMean: 65_480, hrManagersMean: 118_860 },
  TN: { rpp: 92.5, hrSpecialistsMean: 67_640, hrManagersMean: 129_180 },
  TX: { rpp: 97.2, hrSpecialistsMean: 70_200, hrManagersMean: 145_460 },
  UT: { rpp: 95.0, hrSpecialistsMean: 71_160, hrManagersMean: 124_890 },
  VA: { rpp: 100.7, hrSpecialistsMean: 82_600, hrManagersMean: 164_250 },
  VT: { rpp: 96.6, hrSpecialistsMean: 72_660, hrManagersMean: 125_400 },
  WA: { rpp: 108.6, hrSpecialistsMean: 91_220, hrManagersMean: 188_820 },
  WI: { rpp: 93.1, hrSpecialistsMean: 69_020, hrManagersMean: 140_730 },
  WV: { rpp: 89.8, hrSpecialistsMean: 69_550, hrManagersMean: 114_790 },
  WY: { rpp: 90.8, hrSpecialistsMean: 66_360, hrManagersMean: 114_440 },
};
