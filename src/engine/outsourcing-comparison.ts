// In-house against outsourced: what each priced provider costs a year next to the staff that
// would do the same work, for the compare page's table and the plan's warnings.
import type { Profile } from './profile.ts';
import type { RoleCatalog } from './roles.ts';
import { analyzeWorkload } from './analysis.ts';
import { loadedFactor, scaleRange, type Range } from './cost.ts';
import { outsourcingPrices, type PriceRange } from './data/costs.ts';
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

function rangeOf(price: PriceRange, quantity: number): Range {
  return { low: Math.round(price.low * quantity), mid: Math.round(price.mid * quantity), high: Math.round(price.high * quantity) };
}

function staffCost(catalog: RoleCatalog, role: string, fte: number, factor: number): Range {
  const salary = catalog[role]!.salary;
  return scaleRange({ low: salary.min, mid: salary.median, high: salary.max }, fte * factor);
}

const add = (a: Range, b: Range): Range => ({ low: a.low + b.low, mid: a.mid + b.mid, high: a.high + b.high });
const fte = (value: number) => (Math.round(value * 10) / 10).toString();

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
      outsourced: add(rangeOf(peo, profile.employees), add(oversight(payroll, payrollRole), oversight(benefits, benefitsRole))),
      inHouse: add(staffCost(catalog, payrollRole, payroll, factor), staffCost(catalog, benefitsRole, benefits, factor)),
      inHouseStaff: `${fte(payroll)} FTE payroll and ${fte(benefits)} FTE benefits work`,
      sources: [...peo.sources, 'bls-oews-2024', 'bls-ecec-2026'],
      note: peo.note,
    },
    {
      id: 'benefits-administration',
      label: 'Benefits administration',
      covers: 'Enrollment, eligibility, carrier feeds and COBRA notices',
      outsourced: add(rangeOf(benefitsAdministration, profile.employees), oversight(benefits, benefitsRole)),
      inHouse: staffCost(catalog, benefitsRole, benefits, factor),
      inHouseStaff: `${fte(benefits)} FTE of benefits work`,
      sources: [...benefitsAdministration.sources, 'bls-oews-2024', 'bls-ecec-2026'],
      note: benefitsAdministration.note,
    },
    {
      id: 'fractional-hr-leader',
      label: 'Fractional HR leader',
      covers: 'Part-time HR leadership: policy, strategy and the hardest cases',
      outsourced: rangeOf(fractionalHrLeader, 1),
      inHouse: staffCost(catalog, roleSlugs.manager, 1, factor),
      inHouseStaff: 'one full-time HR manager',
      sources: [...fractionalHrLeader.sources, 'bls-oews-2024', 'bls-ecec-2026'],
      note: fractionalHrLeader.note,
    },
    {
      id: 'recruiting',
      label: 'Outsourced recruiting',
      covers: `About ${Math.round(workload.hiresPerYear)} hires a year, paid per hire`,
      outsourced: add(rangeOf(recruitingPerHire, workload.hiresPerYear), oversight(recruiting, recruiterRole)),
      inHouse: staffCost(catalog, recruiterRole, recruiting, factor),
      inHouseStaff: `${fte(recruiting)} FTE of recruiting work`,
      sources: [...recruitingPerHire.sources, 'hires-per-recruiter', 'bls-oews-2024'],
      note: recruitingPerHire.note,
    },
  ];
}

