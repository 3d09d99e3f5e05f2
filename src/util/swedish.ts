// Numbers, shares and lists written the Swedish way, for messages and reports.

/** 12 345 (non-breaking space between thousands). */
export function num(n: number): string {
  return n.toLocaleString('sv-SE');
}

/** 0.153 → "15 %"; below 1 % but above 0 → "<1 %". */
export function pct(share: number): string {
  if (share > 0 && share < 0.005) return '<1\u00a0%';
  return `${Math.round(share * 100)}\u00a0%`;
}

/** ["A", "B", "C"] → "A, B och C"; `max` shortens to "A, B och 3 till". */
export function list(items: readonly string[], max = Infinity): string {
  // "och 1 till" says less than the one name it hides.
  if (items.length > max + 1) return `${items.slice(0, max).join(', ')} och ${items.length - max} till`;
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

/** "kulturnämnden" → "Kulturnämnden": a name or label as a heading or a sentence start writes it. */
export function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}

/** "1 stycke", "3 stycken". */
export function plural(n: number, one: string, many: string): string {
  return `${num(n)} ${n === 1 ? one : many}`;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}
