import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDisclosureText } from "@/lib/documents";
import { UNSEEN_DOCUMENTS } from "@/lib/documents/fixtures/unseen";
import { checkDisclosure } from "./index";

const FIXTURES = join(__dirname, "../documents/fixtures/unseen");

/** The inconsistencies planted in each unseen-family document are found where they are, and nothing else is. */
describe.each(UNSEEN_DOCUMENTS)("findings of $file", (expected) => {
  const doc = parseDisclosureText(readFileSync(join(FIXTURES, expected.file), "utf8"), { fileName: expected.file });
  const findings = checkDisclosure(doc);

  it("are exactly the planted ones", () => {
    const actual = findings.map((f) => [f.rule, f.severity, f.table ?? "", f.row ?? "", f.column ?? ""].join(" | "));
    expect(actual.sort()).toEqual([...expected.findings].sort());
  });

  it("are stated in Chinese with the figures involved", () => {
    for (const f of findings) expect(f.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
