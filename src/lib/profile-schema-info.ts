// What the profile schema itself says about a field: its bounds, whether it is whole, its
// default and its allowed values. Forms, links and the command line read these instead of
// keeping their own copies, so a bound changed in src/engine/profile.ts changes everywhere.
import { profileSchema } from '../engine/profile.ts';

interface ZodInternals {
  _zod: {
    def: {
      type: string;
      innerType?: ZodInternals;
      in?: ZodInternals;
      defaultValue?: unknown;
      checks?: { _zod: { def: { check: string; value?: number; format?: string } } }[];
      entries?: Record<string, string>;
      options?: ZodInternals[];
      values?: unknown[];
    };
  };
}

const shape = (profileSchema as unknown as { _zod: { def: { shape: Record<string, ZodInternals> } } })._zod.def.shape;

/** The schema of one profile field and the wrappers around it (default, optional, pipe), outermost first. */
function layers(name: string): ZodInternals[] {
  const found = shape[name];
  if (!found) throw new Error(`The profile has no field "${name}"`);
  const chain: ZodInternals[] = [];
  for (let schema: ZodInternals | undefined = found; schema; schema = schema._zod.def.innerType ?? schema._zod.def.in) chain.push(schema);
  return chain;
}

export interface NumberBounds {
  min: number;
  max: number;
  integer: boolean;
}

export function numberBounds(name: string): NumberBounds {
  const inner = layers(name).at(-1)!;
  if (inner._zod.def.type !== 'number') throw new Error(`Profile field "${name}" is not a number`);
  const bounds: Partial<NumberBounds> = { integer: false };
  for (const check of inner._zod.def.checks ?? []) {
    const def = check._zod.def;
    if (def.check === 'greater_than') bounds.min = def.value;
    if (def.check === 'less_than') bounds.max = def.value;
    if (def.check === 'number_format' && def.format === 'safeint') bounds.integer = true;
  }
  if (bounds.min === undefined || bounds.max === undefined) throw new Error(`Profile field "${name}" has no bounds`);
  return bounds as NumberBounds;
}

/** The field's default (undefined when it has none: required or optional). */
export function defaultOf(name: string): unknown {
  const withDefault = layers(name).find((schema) => schema._zod.def.type === 'default');
  const value = withDefault?._zod.def.defaultValue;
  return typeof value === 'function' ? (value as () => unknown)() : value;
}

/** Whether the profile may leave the field out (it has a default or is optional). */
export function isRequired(name: string): boolean {
  return !layers(name).some((schema) => schema._zod.def.type === 'default' || schema._zod.def.type === 'optional');
}

/** The values an enum or a union of literals allows, in the schema's order. */
export function allowedValues(name: string): unknown[] {
  const inner = layers(name).at(-1)!;
  if (inner._zod.def.entries) return Object.values(inner._zod.def.entries);
  if (inner._zod.def.options) return inner._zod.def.options.flatMap((option) => option._zod.def.values ?? []);
  throw new Error(`Profile field "${name}" has no fixed set of values`);
}
