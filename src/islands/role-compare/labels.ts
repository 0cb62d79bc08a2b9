// Short phrases the compare view uses for level and experience changes.
import { formatSigned } from '../../engine/format';

export function levelText(steps: number): string {
  if (steps === 0) return 'same level';
  return steps > 0 ? `${steps} ${steps === 1 ? 'level' : 'levels'} up` : `${-steps} ${steps === -1 ? 'level' : 'levels'} down`;
}

export function experienceText(change: { min: number; max: number }): string {
  if (change.min === 0 && change.max === 0) return 'same experience';
  const fmt = (n: number) => formatSigned(n);
  return change.min === change.max ? `${fmt(change.min)} years` : `${fmt(change.min)} to ${fmt(change.max)} years`;
}
