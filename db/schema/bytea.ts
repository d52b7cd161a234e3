import { customType } from "drizzle-orm/pg-core";

/** PostgreSQL text output of bytea: `\x` and hex digits. */
function fromHex(text: string): Buffer {
  return Buffer.from(text.startsWith("\\x") ? text.slice(2) : text, "hex");
}

/**
 * bytea, read as a Buffer and written from a Buffer or Uint8Array. postgres.js reads a Buffer,
 * PGlite a Uint8Array; a driver that reads text gets its `\x…` hex decoded.
 */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array | string }>({
  dataType: () => "bytea",
  toDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
  fromDriver: (value) =>
    typeof value === "string" ? fromHex(value) : Buffer.from(value.buffer, value.byteOffset, value.byteLength),
});
