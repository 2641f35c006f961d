// Results kept by the text they were computed from: a document is analyzed again on every edit, and
// most of its text is as it was.

const everyMemory: Map<string, unknown>[] = [];

/** At most this many texts per memory; the oldest goes first. */
const REMEMBERED_TEXTS = 20_000;

/** `compute` made to remember its result per key; the key must hold everything the result depends on. */
export function remembered<T>(compute: (key: string) => T): (key: string) => T {
  const memory = new Map<string, T>();
  everyMemory.push(memory);
  return (key) => {
    if (memory.has(key)) return memory.get(key)!;
    const result = compute(key);
    if (memory.size >= REMEMBERED_TEXTS) memory.delete(memory.keys().next().value!);
    memory.set(key, result);
    return result;
  };
}

/** Forgets every result kept, so that the next analysis computes all anew (for benchmarks). */
export function forgetRemembered(): void {
  for (const memory of everyMemory) memory.clear();
}
