/**
 * A closed set of choices written once, as the table of their labels: the values, in the
 * table's order and typed as zod's enum wants them, are its keys.
 */
export function choiceValues<const Labels extends Record<string, string>>(labels: Labels): readonly [keyof Labels & string, ...(keyof Labels & string)[]] {
  return Object.keys(labels) as [keyof Labels & string, ...(keyof Labels & string)[]];
}
