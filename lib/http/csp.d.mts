export function newNonce(): string;
export function pagePolicy(nonce: string): string;
export function hashedPagePolicy(hashes: string[]): string;
export function inlineScriptHashes(html: Buffer): string[] | null;
export const OTHER_POLICY: string;
export const HSTS: string;

export class NonceInjector {
  constructor(nonce: string);
  push(chunk: Buffer): Buffer;
  end(): Buffer;
}
