/** A value made on first use and kept after (for a build: the same for every page of it). */
export function once<T>(make: () => T): () => T {
  let kept: { value: T } | undefined;
  return () => (kept ??= { value: make() }).value;
}
