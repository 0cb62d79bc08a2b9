// Scoring weights: the parts of a structure's score that do not come from rules.
import { formatNumber } from '../../engine/format.ts';
import { scoring } from '../../engine/data/scoring.ts';
import { num, text, times, type TableGroup } from './cells.ts';

const SCORING_LABELS: Record<Exclude<keyof typeof scoring, 'source'>, string> = {
  base: 'Starting points of every structure',
  needsFit: 'Points for owning every function that needs an owner (shared out by the share owned)',
  budgetFit: 'Points for fitting the budget (every structure gets them when no budget is set)',
  overBudgetPenalty: 'How fast budget points fall with the share over budget',
  perGap: 'Points lost per HR function nobody covers',
};

export function scoringGroup(): TableGroup {
  return {
    id: 'data-scoring',
    title: 'Scoring weights',
    intro: 'Every structure is scored out of 100; the highest score is the recommendation.',
    tables: [
      {
        id: 'table-scoring',
        title: 'Points every structure can earn',
        exports: ['scoring/scoring'],
        description: 'The parts of the score that do not come from rules (rule points are in the next table).',
        columns: [{ label: 'Part' }, { label: 'Points', numeric: true }],
        rows: (Object.keys(SCORING_LABELS) as (keyof typeof SCORING_LABELS)[]).map((key) => [
          text(SCORING_LABELS[key]),
          num(key === 'overBudgetPenalty' ? times(scoring[key], 0) : formatNumber(scoring[key])),
        ]),
        sources: [scoring.source],
      },
    ],
  };
}
