/**
 * The rungs of Roleplan's HR career ladder, from assistant to chief HR officer. Every role sits
 * on one rung; the rung decides the engine's coarser `level` and where the role's pay sits
 * within its occupation's wage distribution (see role-pay.ts).
 */
import type { RoleLevel } from '../engine/roles.ts';

export const RUNGS = ['assistant', 'coordinator', 'professional', 'senior', 'manager', 'director', 'executive'] as const;
export type Rung = (typeof RUNGS)[number];

/** The engine's level for each rung: the ladder is finer than the engine needs. */
export const RUNG_LEVEL: Record<Rung, RoleLevel> = {
  assistant: 'entry',
  coordinator: 'entry',
  professional: 'mid',
  senior: 'senior',
  manager: 'lead',
  director: 'executive',
  executive: 'executive',
};

export const RUNG_LABELS: Record<Rung, string> = {
  assistant: 'Assistant',
  coordinator: 'Coordinator',
  professional: 'Professional',
  senior: 'Senior professional or first supervisor',
  manager: 'Manager',
  director: 'Director',
  executive: 'Executive (VP of HR, CHRO)',
};

/** Position of a rung on the ladder, 0 for assistant. */
export const rungIndex = (rung: Rung): number => RUNGS.indexOf(rung);
