// What an industry changes: regulatory weight, safety record-keeping, and structure affinity.
import type { Industry } from '../profile.ts';
import type { SourceId } from './sources.ts';

export interface IndustryTraits {
  /** Extra compliance workload as a fraction of the typical load (0 = typical). */
  complianceWeight: number;
  /** Whether OSHA injury logs usually apply (false where most employers are partially exempt). */
  oshaLogs: boolean;
  /**
   * Whether a safety and compliance specialist is called for regardless of size: the industries
   * whose recordable injury rate is at or above manufacturing's (BLS SOII 2023: health care 3.6,
   * retail 3.1, manufacturing 2.8 per 100 workers; the seed names manufacturing).
   */
  safetyCritical: boolean;
  /** Whether the assistant-manager layer is common in the industry. */
  assistantManagerCommon: boolean;
}

export const industryTraits: Record<Industry, IndustryTraits> = {
  technology: { complianceWeight: 0, oshaLogs: false, safetyCritical: false, assistantManagerCommon: false },
  healthcare: { complianceWeight: 0.6, oshaLogs: true, safetyCritical: true, assistantManagerCommon: true },
  manufacturing: { complianceWeight: 0.8, oshaLogs: true, safetyCritical: true, assistantManagerCommon: true },
  retail: { complianceWeight: 0.3, oshaLogs: true, safetyCritical: true, assistantManagerCommon: true },
  nonprofit: { complianceWeight: 0.1, oshaLogs: true, safetyCritical: false, assistantManagerCommon: true },
  finance: { complianceWeight: 0.4, oshaLogs: false, safetyCritical: false, assistantManagerCommon: false },
  'professional-services': { complianceWeight: 0.1, oshaLogs: false, safetyCritical: false, assistantManagerCommon: false },
  hospitality: { complianceWeight: 0.3, oshaLogs: true, safetyCritical: false, assistantManagerCommon: false },
  education: { complianceWeight: 0.2, oshaLogs: false, safetyCritical: false, assistantManagerCommon: false },
  'public-sector': { complianceWeight: 0.4, oshaLogs: false, safetyCritical: false, assistantManagerCommon: false },
  other: { complianceWeight: 0.1, oshaLogs: true, safetyCritical: false, assistantManagerCommon: false },
};

export const industryTraitSources: Record<keyof IndustryTraits, SourceId> = {
  complianceWeight: 'roleplan-assumption',
  oshaLogs: 'osha-recordkeeping',
  safetyCritical: 'bls-soii-2023',
  assistantManagerCommon: 'seed-assistant-manager',
};
