import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { normalizeTrackingCode, TRACKING_CODE_LENGTH, trackingCodeFrom } from "./tracking-code";

describe("tracking codes", () => {
  it("look like FK-XXXX-XXXX-XXXX without look-alike characters", () => {
    for (let i = 0; i < 200; i++) {
      const code = trackingCodeFrom((n) => randomBytes(n));
      expect(code).toMatch(/^FK-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
      expect(code).toHaveLength(TRACKING_CODE_LENGTH);
    }
  });

  it("use only the bytes that keep every symbol equally likely", () => {
    // 240 and above would favour the first symbols: they are skipped
    let calls = 0;
    const code = trackingCodeFrom((n) => (calls++ === 0 ? new Uint8Array(n).fill(250) : new Uint8Array(n).fill(31)));
    expect(code).toBe("FK-3333-3333-3333");
    expect(calls).toBe(2);
  });

  it("are read back however they were typed", () => {
    expect(normalizeTrackingCode("fk-7qh3-mxc9-2rwd")).toBe("FK-7QH3-MXC9-2RWD");
    expect(normalizeTrackingCode(" FK 7QH3 MXC9 2RWD ")).toBe("FK-7QH3-MXC9-2RWD");
    expect(normalizeTrackingCode("7QH3MXC92RWD")).toBe("FK-7QH3-MXC9-2RWD");
    expect(normalizeTrackingCode("ＦＫ－７ＱＨ３－ＭＸＣ９－２ＲＷＤ")).toBe("FK-7QH3-MXC9-2RWD");
    expect(normalizeTrackingCode("FKAB-CDEF-GHJK")).toBe("FK-FKAB-CDEF-GHJK");
  });

  it("refuse what cannot be a code", () => {
    expect(normalizeTrackingCode("FK-7QH3-MXC9")).toBeNull();
    expect(normalizeTrackingCode("FK-0QH3-MXC9-2RWD")).toBeNull();
    expect(normalizeTrackingCode("../../etc/passwd")).toBeNull();
  });
});
