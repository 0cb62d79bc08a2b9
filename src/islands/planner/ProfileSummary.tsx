import { HR_FUNCTION_LABELS, HR_FUNCTIONS } from '../../engine/hr-functions';
import { INDUSTRY_LABELS, OUTSOURCE_LABELS, type Profile } from '../../engine/profile';
import { count, money } from './format';
import { lowerFirst } from '../../engine/format';

/** The inputs behind the plan in one paragraph, printed at the top of the report. */
export default function ProfileSummary({ profile }: { profile: Profile }) {
  const parts = [
    `${count(profile.employees)} employees`,
    INDUSTRY_LABELS[profile.industry],
    `growth ${profile.growthPct}% a year`,
    profile.attritionPct === undefined ? 'industry-average turnover' : `turnover ${profile.attritionPct}%`,
    `${profile.states} US state${profile.states === 1 ? '' : 's'}`,
    `${profile.countries} countr${profile.countries === 1 ? 'y' : 'ies'}`,
    `${profile.remotePct}% remote`,
    profile.unionized ? 'union contract' : '',
    profile.federalContractor ? 'federal contractor' : '',
    profile.budget === undefined ? 'no budget limit' : `budget ${money(profile.budget)} a year`,
    `${profile.automation} HR software`,
    `${profile.horizonMonths}-month horizon`,
    ...HR_FUNCTIONS.filter((fn) => profile.priorities[fn]).map((fn) => `${HR_FUNCTION_LABELS[fn]} priority ${profile.priorities[fn]}`),
    ...profile.outsource.map((option) => `outsourcing ${lowerFirst(OUTSOURCE_LABELS[option])}`),
  ].filter(Boolean);
  return (
    <p class="profile-summary print-only">
      <strong>Company:</strong> {parts.join(' · ')}.
    </p>
  );
}
