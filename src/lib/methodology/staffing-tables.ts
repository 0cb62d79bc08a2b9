// Staffing ratios: the anchors that size a typical company's HR team and the bands that judge a plan.
import { formatNumber } from '../../engine/format.ts';
import { ratioBands, ratioMedians, staffingAnchors } from '../../engine/data/staffing.ts';
import { cite, num, people, text, type TableGroup } from './cells.ts';

export function staffingGroup(): TableGroup {
  return {
    id: 'data-staffing',
    title: 'Staffing ratios',
    intro:
      'How many HR staff a company of a given size has. The anchors size the workload of a typical company; the bands judge where a plan falls.',
    tables: [
      {
        id: 'table-staffing-anchors',
        title: 'Staffing anchors',
        exports: ['staffing/staffingAnchors'],
        description:
          'HR staff per 100 employees at a typical company (10% growth, its industry’s turnover, one state, basic HR software). Between anchors the engine interpolates HR FTE on a log-log scale, so the team grows smoothly while the ratio falls.',
        columns: [
          { label: 'Employees', numeric: true },
          { label: 'HR staff per 100', numeric: true },
          { label: 'HR FTE', numeric: true },
          { label: 'Basis' },
          { label: 'Sources' },
        ],
        rows: staffingAnchors.map((anchor) => [
          num(people(anchor.employees)),
          num(formatNumber(anchor.per100, 2)),
          num(formatNumber((anchor.employees * anchor.per100) / 100, 2)),
          text(anchor.note),
          cite(...anchor.sources),
        ]),
        rowNames: staffingAnchors.map((anchor) => `${people(anchor.employees)} employees`),
        sources: [],
      },
      {
        id: 'table-ratio-bands',
        title: 'Benchmark bands by company size',
        exports: ['staffing/ratioBands'],
        description: 'The published range of HR staff per 100 employees at each headcount; between points the band is interpolated on the log of headcount, and a plan is below, within or above it.',
        columns: [
          { label: 'Employees' },
          { label: 'Low per 100', numeric: true },
          { label: 'High per 100', numeric: true },
          { label: 'Sources' },
        ],
        rows: ratioBands.map((band) => [
          text(people(band.employees)),
          num(formatNumber(band.low, 2)),
          num(formatNumber(band.high, 2)),
          cite(...band.sources),
        ]),
        rowNames: ratioBands.map((band) => `${people(band.employees)} employees`),
        sources: [],
      },
      {
        id: 'table-ratio-medians',
        title: 'Cross-industry medians',
        exports: ['staffing/ratioMedians'],
        description: 'Headline ratios across all company sizes, shown for context only.',
        columns: [{ label: 'Figure' }, { label: 'HR staff per 100', numeric: true }, { label: 'Source' }],
        rows: ratioMedians.map((median) => [text(median.label), num(formatNumber(median.per100, 2)), cite(median.source)]),
        sources: [],
      },
    ],
  };
}
