import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { importJobFiles, importJobs } from "@/db/schema";
import type { DbHandle } from "@/db/client";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let tearDown: () => Promise<void>;
beforeAll(async () => ({ handle, tearDown } = await setUpTestDatabase()));
afterAll(() => tearDown());

describe("a bytea column", () => {
  it("gives back every byte written, from a Buffer or a Uint8Array, as a Buffer", async () => {
    const everyByte = Uint8Array.from({ length: 256 }, (_, i) => i);
    const [job] = await handle.db.insert(importJobs).values({ total: 3 }).returning({ id: importJobs.id });
    const file = (position: number, content: Uint8Array | null) => ({
      jobId: job!.id,
      position,
      fileName: `f${position}.pdf`,
      sha256: "0".repeat(64),
      sizeBytes: content?.byteLength ?? 0,
      content,
    });
    await handle.db
      .insert(importJobFiles)
      .values([file(0, everyByte), file(1, Buffer.from("原文 PDF", "utf8")), file(2, null)]);
    const rows = await handle.db
      .select({ content: importJobFiles.content })
      .from(importJobFiles)
      .where(eq(importJobFiles.jobId, job!.id))
      .orderBy(importJobFiles.position);
    expect(Buffer.isBuffer(rows[0]?.content)).toBe(true);
    expect([...rows[0]!.content!]).toEqual([...everyByte]);
    expect(Buffer.from(rows[1]!.content!).toString("utf8")).toBe("原文 PDF");
    expect(rows[2]?.content).toBeNull();
  });
});
