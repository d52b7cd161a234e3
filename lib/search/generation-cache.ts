/**
 * Answers computed at one generation of the searchable data (the database's search_generation,
 * bumped with every change a search could show), kept while that generation stands, the least
 * recently used dropped beyond `max`. An answer computed at an older generation than one already
 * seen is not kept: it may predate a change another request has seen. Pure.
 */
export class GenerationCache<V> {
  #generation = -1;
  readonly #entries = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(generation: number, key: string): V | undefined {
    if (generation !== this.#generation) return undefined;
    const value = this.#entries.get(key);
    if (value !== undefined) {
      // a Map iterates in insertion order: re-inserting marks it the most recently used
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  set(generation: number, key: string, value: V): void {
    if (generation < this.#generation) return;
    if (generation > this.#generation) {
      this.#entries.clear();
      this.#generation = generation;
    }
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.max) this.#entries.delete(this.#entries.keys().next().value!);
  }
}
