import { describe, expect, it } from "vitest";
import { tagsToExpire } from "./listener";

const SELF = "instance-a";

describe("what an instance expires when told of a change", () => {
  it("is what another instance changed", () => {
    expect(tagsToExpire(JSON.stringify({ from: "instance-b", tags: ["district:500109", "home"] }), SELF)).toEqual(["district:500109", "home"]);
  });

  it("is also what this instance changed outside a request, where it could not expire it itself", () => {
    expect(tagsToExpire(JSON.stringify({ from: null, tags: ["home"] }), SELF)).toEqual(["home"]);
  });

  it("is nothing when this instance expired the pages already", () => {
    expect(tagsToExpire(JSON.stringify({ from: SELF, tags: ["home"] }), SELF)).toEqual([]);
  });

  it("never goes beyond the portal's own tags, and a garbled message is ignored", () => {
    expect(tagsToExpire(JSON.stringify({ from: null, tags: ["home", "_N_T_/admin", 7] }), SELF)).toEqual(["home"]);
    expect(tagsToExpire("not json", SELF)).toEqual([]);
    expect(tagsToExpire(JSON.stringify({ from: null }), SELF)).toEqual([]);
  });
});
