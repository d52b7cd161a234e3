import { describe, expect, it } from "vitest";
import { addressPaused, attackDelayMs, MAX_DELAY_MS, pairPaused, startsAttack, throttlePolicy, withoutAttempt } from "./login-throttle";

const policy = throttlePolicy();
const counts = (c: Partial<ReturnType<typeof withoutAttempt>> = {}) => ({ pair: 0, address: 0, account: 0, accountAddresses: 0, ...c });

describe("sign-in throttling", () => {
  it("pauses a pair at 5 failures and an address at 20, and nothing else", () => {
    const busy = counts({ pair: 4, address: 19, account: 50, accountAddresses: 9 });
    expect([pairPaused(busy, policy), addressPaused(busy, policy)]).toEqual([false, false]);
    expect(pairPaused(counts({ pair: 5, address: 5 }), policy)).toBe(true);
    expect(addressPaused(counts({ pair: 0, address: 20 }), policy)).toBe(true);
  });

  it("slows an account only when its failures come from several addresses, more with each failure, up to the cap", () => {
    expect(attackDelayMs(counts({ account: 40, accountAddresses: 2 }), policy)).toBe(0);
    expect(attackDelayMs(counts({ account: 9, accountAddresses: 9 }), policy)).toBe(0);
    const delays = [10, 11, 12, 30, 1000].map((account) => attackDelayMs(counts({ account, accountAddresses: 3 }), policy));
    expect(delays[0]).toBeGreaterThan(0);
    expect(delays[1]).toBeGreaterThan(delays[0]!);
    expect(delays[2]).toBeGreaterThan(delays[1]!);
    expect(delays.at(-1)).toBe(MAX_DELAY_MS);
  });

  it("alerts on the failure that makes an attack, not on the ones after it", () => {
    const alerts: number[] = [];
    for (let i = 1; i <= 30; i++) {
      // three addresses in turn: each one's first attempt adds an address
      const withIt = counts({ pair: Math.ceil(i / 3), address: Math.ceil(i / 3), account: i, accountAddresses: Math.min(i, 3) });
      if (startsAttack(withoutAttempt(withIt), withIt, policy)) alerts.push(i);
    }
    expect(alerts).toEqual([10]);
  });
});
