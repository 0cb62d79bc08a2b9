// State obligations, how they are counted, the work they add, and pay by state.
import { stateRules, statesWithRules, leftOutStateRows } from '../../engine/data/state-law.ts';
import { byStateName, STATE_CODES, STATE_NAMES } from '../../engine/data/state-codes.ts';
import { MONTHS_FOR_TWENTY_WEEKS, TIMING_WORDS, type CountingTiming } from '../../engine/data/counting.ts';
import { stateComplianceWork } from '../../engine/data/state-compliance.ts';
import { statePay, STATE_WAGE_OCCUPATIONS, statePaySources } from '../../engine/data/state-pay.ts';
import { nationalReference } from '../../engine/state-pay.ts';
import { monthLabel } from '../../engine/calendar.ts';
import { formatMoney, formatNumber } from '../../engine/format.ts';
import { cite, num, text, type TableGroup } from './cells.ts';

export function stateLawGroup(): TableGroup {
  return {
    id: 'state-law-data',
    page: 'methodologyStates',
    title: 'State law and pay data',
    intro: 'The tables behind state obligations, their counting and the pay factors by state.',
    tables: [
      {
        id: 'table-state-rules',
        title: 'State obligations',
        exports: ['state-law/stateRules', 'state-law/statesWithRules', 'state-law/leftOutStateRows', 'state-codes/STATE_NAMES', 'state-codes/STATE_CODES'],
        description: `${stateRules.length} obligations in ${statesWithRules.length} states; ${leftOutStateRows.length} gathered rows left out.`,
        columns: [{ label: 'State' }, { label: 'Obligation' }, { label: 'From' }, { label: 'Strength' }, { label: 'Source' }],
        rows: stateRules.map((rule) => [
          text(STATE_NAMES[rule.state]),
          text(rule.title),
          text(rule.steps.map((step) => `${formatNumber(step.threshold)}+${step.from ? ` from ${monthLabel(step.from)}` : ''}`).join(', then ')),
          text(rule.strength),
          text(rule.sources.join(' ')),
        ]),
        sources: [],
      },
      {
        id: 'table-counting',
        title: 'How employees are counted over time',
        exports: ['counting/TIMING_WORDS', 'counting/MONTHS_FOR_TWENTY_WEEKS'],
        description: `A 20-week rule is met in the ${MONTHS_FOR_TWENTY_WEEKS}th month at or above the threshold in a calendar year.`,
        columns: [{ label: 'Timing' }, { label: 'Meaning' }],
        rows: (Object.keys(TIMING_WORDS) as CountingTiming[]).map((timing) => [text(timing), text(TIMING_WORDS[timing])]),
        sources: [],
      },
      {
        id: 'table-state-compliance',
        title: 'Compliance work a state rule adds',
        exports: ['state-compliance/stateComplianceWork'],
        description: 'Added to the compliance load for each state rule in force at the start.',
        columns: [{ label: 'Figure' }, { label: 'Value', numeric: true }, { label: 'Source' }],
        rows: [[text('Extra compliance load per state rule'), num(`${formatNumber(stateComplianceWork.perRule * 100)}%`), cite(stateComplianceWork.source)]],
        sources: [],
      },
      {
        id: 'table-state-pay',
        title: 'Pay factors by state',
        exports: ['state-pay/statePay', 'state-pay/STATE_WAGE_OCCUPATIONS', 'state-pay/statePaySources'],
        description: `Factor = state mean / median of the 51 state means (${formatMoney(nationalReference['13-1071'])} for ${STATE_WAGE_OCCUPATIONS['13-1071'].title}, ${formatMoney(nationalReference['11-3121'])} for ${STATE_WAGE_OCCUPATIONS['11-3121'].title}); other roles use RPP / 100.`,
        columns: [
          { label: 'State' },
          { label: 'RPP 2023', numeric: true },
          { label: 'HR specialists mean', numeric: true },
          { label: 'Factor', numeric: true },
          { label: 'HR managers mean', numeric: true },
          { label: 'Factor', numeric: true },
        ],
        rows: byStateName(STATE_CODES).map((code) => {
          const pay = statePay[code];
          return [
            text(STATE_NAMES[code]),
            num(pay.rpp.toFixed(1)),
            num(formatMoney(pay.hrSpecialistsMean)),
            num(`×${(pay.hrSpecialistsMean / nationalReference['13-1071']).toFixed(2)}`),
            num(formatMoney(pay.hrManagersMean)),
            num(`×${(pay.hrManagersMean / nationalReference['11-3121']).toFixed(2)}`),
          ];
        }),
        rowNames: byStateName(STATE_CODES).map((code) => STATE_NAMES[code]),
        sources: [statePaySources.wages, statePaySources.prices],
      },
    ],
  };
}
