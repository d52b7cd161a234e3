import { hash, verify } from "@node-rs/argon2";
import { env } from "@/lib/env";
import { passwordPolicyViolation } from "./password-policy";

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes)
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON2);

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** Hash of a random string: verifying against it costs the same as against a real account. */
let dummyHash: Promise<string> | undefined;
export const timingSafeDummyHash = () => (dummyHash ??= hashPassword(crypto.randomUUID()));

export const configuredPasswordPolicy = () => ({
  minLength: env.PASSWORD_MIN_LENGTH,
  minClasses: env.PASSWORD_MIN_CLASSES,
});

export const passwordViolation = (password: string) => passwordPolicyViolation(password, configuredPasswordPolicy());
