import { describe, expect, it } from "vitest";
import { GenerationCache } from "./generation-cache";

describe("a cache of search answers by generation", () => {
  it("answers a repeated query while the generation stands, and nothing once it has moved on", () => {
    const cache = new GenerationCache<number>(10);
    cache.set(1, "接待", 30404);
    expect(cache.get(1, "接待")).toBe(30404);
    expect(cache.get(2, "接待")).toBeUndefined();
    cache.set(2, "费", 30403);
    expect(cache.get(2, "接待")).toBeUndefined();
    expect(cache.get(2, "费")).toBe(30403);
  });

  it("keeps no answer computed before a change another request has already seen", () => {
    const cache = new GenerationCache<number>(10);
    cache.set(3, "接待", 1);
    cache.set(2, "费", 2);
    expect(cache.get(2, "费")).toBeUndefined();
    expect(cache.get(3, "接待")).toBe(1);
  });

  it("drops the least recently used answer beyond its size", () => {
    const cache = new GenerationCache<number>(2);
    cache.set(1, "a", 1);
    cache.set(1, "b", 2);
    cache.get(1, "a");
    cache.set(1, "c", 3);
    expect([cache.get(1, "a"), cache.get(1, "b"), cache.get(1, "c")]).toEqual([1, undefined, 3]);
  });
});
