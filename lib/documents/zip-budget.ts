import { createInflateRaw } from "node:zlib";
import { entryData, inflatedSize, ZipDamaged, ZipTooLarge, type ZipEntry } from "./sniff-zip";

const MB = 1024 * 1024;

/**
 * What a ZIP container (.xlsx, .docx, an archive of documents) may unpack to: 100 MB in all, and
 * no entry over 1 MB that inflates more than 100 times its compressed size — the parts of the
 * sample documents pack at most 38:1, a zip bomb 1,000:1.
 */
export const ARCHIVE_LIMITS = { totalBytes: 100 * MB, maxRatio: 100, ratioFromBytes: MB };
export type ArchiveLimits = typeof ARCHIVE_LIMITS;

/** Why a ZIP over the limits is refused (an ImportError puts the file's name before it). */
export const bombRefusal = (limits: ArchiveLimits = ARCHIVE_LIMITS) =>
  `解压后超过 ${Math.round(limits.totalBytes / MB)} MB 或压缩比超过 ${limits.maxRatio}:1，疑似压缩炸弹，已拒绝`;

/** Whether the sizes the central directory declares are over the limits (nothing is inflated). */
export function declaredOverLimits(entries: readonly ZipEntry[], limits: ArchiveLimits = ARCHIVE_LIMITS): boolean {
  const total = entries.reduce((n, e) => n + e.size, 0);
  return total > limits.totalBytes || entries.some((e) => e.size > limits.ratioFromBytes && e.size > limits.maxRatio * Math.max(1, e.compressedSize));
}

/** How many bytes an entry inflates to, counted as they come on zlib's thread pool and dropped; stops past `cap`. */
function streamedSize(data: Uint8Array, cap: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let size = 0;
    inflate.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) {
        inflate.destroy();
        reject(new ZipTooLarge());
      }
    });
    inflate.on("error", () => reject(new ZipDamaged()));
    inflate.on("end", () => resolve(size));
    inflate.end(data);
  });
}

/**
 * Whether a ZIP container stays within the limits once inflated, for the server before it hands
 * the file on: the declared sizes first, then every entry inflated on zlib's thread pool — never
 * on the event loop, never held — and stopped as soon as it passes what its directory declared
 * or the total. "damaged" when an entry cannot be inflated (the reader then says what is wrong).
 */
export async function checkArchiveInflation(bytes: Uint8Array, entries: readonly ZipEntry[], limits: ArchiveLimits = ARCHIVE_LIMITS): Promise<"ok" | "bomb" | "damaged"> {
  if (declaredOverLimits(entries, limits)) return "bomb";
  let total = 0;
  try {
    for (const entry of entries) {
      const data = entryData(bytes, entry);
      const size = entry.method === 0 ? data.length : await streamedSize(data, Math.min(entry.size, limits.totalBytes - total));
      if (size > entry.size) return "bomb";
      total += size;
    }
  } catch (e) {
    if (e instanceof ZipTooLarge) return "bomb";
    if (e instanceof ZipDamaged) return "damaged";
    throw e;
  }
  return "ok";
}

/**
 * The same check inside the parsing process (and the command line), before any reader sees the
 * file: each entry inflated (held at most up to its declared size, then dropped) and refused as
 * soon as it passes what the directory declared or the total.
 */
export function checkArchive(bytes: Uint8Array, entries: readonly ZipEntry[], limits: ArchiveLimits = ARCHIVE_LIMITS): "ok" | "bomb" | "damaged" {
  if (declaredOverLimits(entries, limits)) return "bomb";
  let total = 0;
  try {
    for (const entry of entries) total += inflatedSize(bytes, entry, Math.min(entry.size, limits.totalBytes - total));
  } catch (e) {
    if (e instanceof ZipTooLarge) return "bomb";
    if (e instanceof ZipDamaged) return "damaged";
    throw e;
  }
  return "ok";
}
