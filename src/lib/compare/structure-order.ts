// The order structures are shown in: the recommended one first (a phone shows it without
// scrolling sideways), then the others in their usual order.
import { STRUCTURES, type Structure } from '../../engine/structures.ts';

export function structureOrder(recommended: Structure): Structure[] {
  return [recommended, ...STRUCTURES.filter((structure) => structure !== recommended)];
}
