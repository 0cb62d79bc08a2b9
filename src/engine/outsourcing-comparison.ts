// In-house against outsourced: what each priced provider costs a year next to the staff that
// would do the same work, for the compare page's table and the plan's warnings.
import type { Profile } from './profile.ts';
import type { RoleCatalog } from './roles.ts';
import { analyzeWorkload } from './analysis.ts';
import { addRanges, loadedFactor, scaleRange, type Range } from './cost.ts';
import { outsourcingPrices } from './data/costs.ts';
import { yearly } from './outsourcing.ts';
import { formatNumber } from './format.ts';
import { complexity } from './data/workload.ts';
import { roleSlugs, specialistFor } from './data/team-shape.ts';
import type { SourceId } from './data/sources.ts';

export interface OutsourcingComparison {
  id: 'peo' | 'benefits-administration' | 'fractional-hr-leader' | 'recruiting';
  label: string;
  /** What the provider takes on. */
  covers: string;
  /** Yearly cost of the provider, plus the in-house oversight that remains. */
  outsourced: Range;
  /** Yearly loaded cost of doing the same work with your own staff. */
  inHouse: Range;
  /** The staff that in-house figure pays for. */
  inHouseStaff: string;
  sources: SourceId[];
  note: string;
}

function staffCost(catalog: RoleCatalog, role: string, fte: number, factor: number): Range {
  const salary = catalog[role]!.salary;
  return scaleRange({ low: salary.min, mid: salary.median, high: salary.max }, fte * factor);
}


/**
 * In-house against outsourced, for the specialized work the seeds and benchmarks price:
 * a PEO, benefits administration, a fractional HR leader and outsourced recruiting. The
 * in-house side pays the specialists this company's workload calls for.
 */
export function outsourcingComparison(profile: Profile, catalog: RoleCatalog): OutsourcingComparison[] {
  // The workload as if nothing were outsourced, to price doing it all in-house.
  const { workload } = analyzeWorkload({ ...profile, outsource: [] });
  const factor = loadedFactor(profile.employees);
  const residual = complexity.outsourcedResidual;
  const { peo, benefitsAdministration, fractionalHrLeader, recruitingPerHire } = outsourcingPrices;
  const payroll = workload.loads.payroll;
  const benefits = workload.loads.benefits;
  const recruiting = workload.loads.recruiting;
  const payrollRole = specialistFor.payroll!;
  const benefitsRole = specialistFor.benefits!;
  const recruiterRole = specialistFor.recruiting!;
  const oversight = (fteOf: number, role: string) => staffCost(catalog, role, fteOf * residual, factor);
  return [
    {
      id: 'peo',
      label: 'PEO (professional employer organization)',
      covers: 'Payroll, benefits administration and co-employment compliance support',
      outsourced: addRanges(yearly(peo, profile.employees), addRanges(oversight(payroll, payrollRole), oversight(benefits, benefitsRole))),
      inHouse: addRanges(staffCost(catalog, payrollRole, payroll, factor), staffCost(catalog, benefitsRole, benefits, factor)),
      inHouseStaff: `${formatNumber(payroll, 1)} FTE payroll and ${formatNumber(benefits, 1)} FTE benefits work`,
      sources: [...peo.sources, 'bls-oews-2024', 'bls-ecec-2026'],
      note: peo.note,
    },
    {
      id: 'benefits-administration',
      label: 'Benefits administration',
      covers: 'Enrollment, eligibility, carrier feeds and COBRA notices',
      outsourced: addRanges(yearly(benefitsAdministration, profile.employees), oversight(benefits, benefitsRole)),
      inHouse: staffCost(catalog, benefitsRole, benefits, factor),
      inHouseStaff: `${formatNumber(benefits, 1)} FTE of benefits work`,
      sources: [...benefitsAdministration.sources, 'bls-oews-2024', 'bls-ecec-2026'],
      note: benefitsAdministration.note,
    },
    {
      id: 'fractional-hr-leader',
      label: 'Fractional HR leader',
      covers: 'Part-time HR leadership: policy, strategy and the hardest cases',
      outsourced: yearly(fractionalHrLeader, 1),
      inHouse: staffCost(catalog, roleSlugs.manager, 1, factor),
      inHouseStaff: 'one full-time HR manager',
      sources: [...fractionalHrLeader.sources, 'bls-oews-2024', 'bls-ecec-2026'],
      note: fractionalHrLeader.note,
    },
    {
      id: 'recruiting',
      label: 'Outsourced recruiting',
      covers: `About ${Math.round(workload.hiresPerYear)} hires a year, paid per hire`,
      outsourced: addRanges(yearly(recruitingPerHire, workload.hiresPerYear), oversight(recruiting, recruiterRole)),
      inHouse: staffCost(catalog, recruiterRole, recruiting, factor),
      inHouseStaff: `${formatNumber(recruiting, 1)} FTE of recruiting work`,
      sources: [...recruitingPerHire.sources, 'hires-per-recruiter', 'bls-oews-2024'],
      note: recruitingPerHire.note,
    },
  ];
}

