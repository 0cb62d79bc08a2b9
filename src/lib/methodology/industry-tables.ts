// Industries: what the industry changes in a plan.
import { INDUSTRIES, INDUSTRY_LABELS } from '../../engine/profile.ts';
import { industryTraits, industryTraitSources, type IndustryTraits } from '../../engine/data/industries.ts';
import { num, pct, text, type TableGroup } from './cells.ts';

const TRAIT_LABELS: Record<keyof IndustryTraits, string> = {
  complianceWeight: 'Extra compliance work',
  oshaLogs: 'OSHA injury logs apply',
  safetyCritical: 'Safety specialist called for',
  assistantManagerCommon: 'Assistant-manager layer common',
};

export function industryGroup(): TableGroup {
  const traits = Object.keys(TRAIT_LABELS) as (keyof IndustryTraits)[];
  const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
  return {
    id: 'data-industries',
    title: 'Industries',
    intro: 'What the industry changes: regulatory weight, safety record-keeping and which structures are common.',
    tables: [
      {
        id: 'table-industry-traits',
        title: 'Industry traits',
        exports: ['industries/industryTraits', 'industries/industryTraitSources'],
        description: 'Extra compliance work is a share of the typical compliance load (0% is typical).',
        columns: [{ label: 'Industry' }, ...traits.map((trait) => ({ label: TRAIT_LABELS[trait], numeric: trait === 'complianceWeight' }))],
        rows: INDUSTRIES.map((industry) => [
          text(INDUSTRY_LABELS[industry]),
          ...traits.map((trait) => {
            const value = industryTraits[industry][trait];
            return typeof value === 'number' ? num(pct(value, 0)) : text(yesNo(value));
          }),
        ]),
        sources: [],
        sourceNotes: traits.map((trait) => ({ label: TRAIT_LABELS[trait], ids: [industryTraitSources[trait]] })),
      },
    ],
  };
}
