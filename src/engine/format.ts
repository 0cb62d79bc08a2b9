// Number formatting for the engine's own sentences. Hand-rolled because Intl formatting is
// slow enough to dominate a plan that is recomputed on every keystroke.

/** 1234567.8 -> "1,234,568"; with `decimals`, that many digits after the point (trailing zeros dropped). */
export function formatNumber(value: number, decimals = 0): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  const size = Math.abs(rounded);
  const whole = String(Math.trunc(size));
  let grouped = '';
  for (let index = 0; index < whole.length; index += 1) {
    if (index > 0 && (whole.length - index) % 3 === 0) grouped += ',';
    grouped += whole[index];
  }
  // The digits after the point, as an integer below `factor` (the value is already rounded to them).
  let fraction = decimals > 0 ? Math.round((size - Math.trunc(size)) * factor) : 0;
  let digits = decimals;
  while (fraction > 0 && fraction % 10 === 0) {
    fraction /= 10;
    digits -= 1;
  }
  const tail = fraction > 0 ? `.${String(fraction).padStart(digits, '0')}` : '';
  return `${rounded < 0 ? '-' : ''}${grouped}${tail}`;
}

/** A signed figure with a real minus sign: "+5", "−5", "0"; `body` writes the size ("$5,000", "5%"). */
export function formatSigned(value: number, body: (size: number) => string = (size) => String(size)): string {
  if (value === 0) return body(0);
  return `${value > 0 ? '+' : '−'}${body(Math.abs(value))}`;
}

/** "$1,234" */
export const formatMoney = (value: number) => `$${formatNumber(value)}`;

/** Money on a chart axis: $950, $200k, $1.5m. */
export function formatMoneyCompact(value: number): string {
  if (Math.abs(value) >= 1_000_000) return `$${formatNumber(value / 1_000_000, 1)}m`;
  if (Math.abs(value) >= 1_000) return `$${formatNumber(Math.round(value / 1_000))}k`;
  return `$${formatNumber(value)}`;
}

/** A sentence start made to run on mid-sentence: "Owning X" -> "owning X"; an acronym ("HRIS", "FMLA") keeps its case. */
export function lowerFirst(text: string): string {
  const second = text.charAt(1);
  return second !== '' && second === second.toUpperCase() && second !== second.toLowerCase() ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** A noun phrase with its indefinite article, by sound: "a hybrid team", "an assistant-manager layer", "an HR Generalist" (an initialism read letter by letter). */
export const withArticle = (phrase: string) => `${articleFor(phrase)} ${phrase}`;

/** The indefinite article a phrase takes, by sound (see withArticle), where the phrase itself is set apart (a link). */
export const articleFor = (phrase: string): 'a' | 'an' => (/^[aeiou]/i.test(phrase) || /^[FHLMNRSX][A-Z&]/.test(phrase) ? 'an' : 'a');

/** "a", "a and b", "a, b and c". */
export function listOf(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
