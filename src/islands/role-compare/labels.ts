// Short phrases the compare view uses for level and experience changes.

export function levelText(steps: number): string {
  if (steps === 0) return 'same level';
  return steps > 0 ? `${steps} ${steps === 1 ? 'level' : 'levels'} up` : `${-steps} ${steps === -1 ? 'level' : 'levels'} down`;
}

export function experienceText(change: { min: number; max: number }): string {
  if (change.min === 0 && change.max === 0) return 'same experience';
  const fmt = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
  return change.min === change.max ? `${fmt(change.min)} years` : `${fmt(change.min)} to ${fmt(change.max)} years`;
}
