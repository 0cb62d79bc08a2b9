// How much compliance work a state rule adds. No source measures this: Roleplan's assumption.
import type { SourceId } from './sources.ts';

export const stateComplianceWork = {
  /**
   * Extra compliance load per state rule in force for the company, as a fraction of the
   * typical compliance load (policy, notices, training records, filings): 2% a rule, so the
   * 8 Californian rules a 60-person company meets add about 16%.
   */
  perRule: 0.02,
  source: 'roleplan-assumption' as SourceId,
};
