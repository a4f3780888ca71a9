// A pure function of a string, remembered for the last `max` distinct inputs (the oldest forgotten first). Searches
// repeat: the same query is segmented, and its highlight pattern built, once instead of on every page and row.
export function memo<T>(max: number, fn: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) {
      value = fn(key);
      if (seen.size >= max) seen.delete(seen.keys().next().value!);
      seen.set(key, value);
    }
    return value;
  };
}
