import { sniffFormat } from "@/lib/documents/sniff";
import { inflateEntry, zipEntries, ZipTooLarge, type ZipEntry } from "@/lib/documents/sniff-zip";
import { ARCHIVE_LIMITS, bombRefusal, declaredOverLimits } from "@/lib/documents/zip-budget";
import { ZIP_LIMITS } from "./limits";

/** A file to import: where it was found (for reports), its own name (kept with the disclosure) and bytes. */
export interface FoundFile {
  path: string;
  fileName: string;
  bytes: Uint8Array;
}

/** Something found that is not imported, and why (a file too large, an archive over its limits). */
export interface RefusedFile {
  path: string;
  message: string;
}

/** What was found, in order: files to import and files refused before import. */
export type Found = (FoundFile | RefusedFile)[];

export const isRefused = (f: FoundFile | RefusedFile): f is RefusedFile => "message" in f;

const MB = 1024 * 1024;

/** Files that archivers and desktops add and nobody means to import. */
export function isClutter(entryPath: string): boolean {
  const base = entryPath.split("/").pop() ?? "";
  return entryPath.startsWith("__MACOSX/") || base.startsWith(".") || /^(thumbs\.db|desktop\.ini)$/i.test(base);
}

/** An entry's path that would leave the folder it is unpacked into (absolute, a drive, ".."). */
export function escapes(entryPath: string): boolean {
  return entryPath.startsWith("/") || /^[A-Za-z]:/.test(entryPath) || entryPath.split("/").includes("..");
}

/**
 * The files of a ZIP archive, unpacked in memory within limits: at most 500 files, 20 MB each
 * and 100 MB in all, as the archive declares them, and no entry packed over 100:1 (a zip bomb);
 * a declared size also caps what inflating an entry may produce, so an archive cannot unpack to
 * more than it admits. An entry too large or with a path outside the archive is refused; an
 * archive over the count or total, a bomb, damaged or using another compression than deflate is
 * refused whole. Folders and clutter are left out.
 */
export function unpackZip(bytes: Uint8Array, zipPath: string, limits = ZIP_LIMITS): Found {
  const refuseWhole = (message: string): Found => [{ path: zipPath, message }];
  const listed = zipEntries(bytes)
    ?.map((entry) => ({ entry, path: entry.name.replace(/\\/g, "/") }))
    .filter((e) => !e.path.endsWith("/") && !isClutter(e.path));
  if (!listed) return refuseWhole("压缩包已损坏，无法读取其目录。");
  if (listed.length > limits.maxEntries) return refuseWhole(`压缩包含 ${listed.length} 个文件，超过 ${limits.maxEntries} 个，未导入；请分成几个压缩包。`);
  const refused = new Map<ZipEntry, RefusedFile>();
  for (const { entry, path } of listed) {
    const at = `${zipPath}/${path}`;
    if (escapes(path)) refused.set(entry, { path: at, message: "路径指向压缩包之外，未导入。" });
    else if (entry.size > limits.maxEntryBytes) refused.set(entry, { path: at, message: `解压后超过 ${Math.round(limits.maxEntryBytes / MB)} MB，未导入。` });
  }
  const wanted = listed.filter((e) => !refused.has(e.entry)).map((e) => e.entry);
  const total = wanted.reduce((n, e) => n + e.size, 0);
  if (total > limits.maxTotalBytes) return refuseWhole(`压缩包解压后共 ${Math.ceil(total / MB)} MB，超过 ${Math.round(limits.maxTotalBytes / MB)} MB，未导入；请分成几个压缩包。`);
  if (declaredOverLimits(wanted, { ...ARCHIVE_LIMITS, totalBytes: limits.maxTotalBytes })) return refuseWhole(`压缩包${bombRefusal()}。`);
  const unpacked = new Map<ZipEntry, Uint8Array>();
  try {
    for (const entry of wanted) unpacked.set(entry, inflateEntry(bytes, entry, entry.size));
  } catch (e) {
    if (e instanceof ZipTooLarge) return refuseWhole("压缩包解压后比其目录所记的大，疑似压缩炸弹，已拒绝。");
    return refuseWhole("压缩包已损坏、已加密或使用了不支持的压缩方式，无法解压。");
  }
  return listed.flatMap(({ entry, path }): Found => {
    const refusal = refused.get(entry);
    if (refusal) return [refusal];
    return [{ path: `${zipPath}/${path}`, fileName: path.split("/").pop()!, bytes: unpacked.get(entry)! }];
  });
}

/** Whether a file is a ZIP archive of documents (a .docx or .xlsx is a ZIP too, but not an archive). */
export const isArchive = (bytes: Uint8Array) => sniffFormat(bytes) === "zip";

/**
 * Files as given (uploaded, or read from disk), in order, each ZIP archive among them replaced
 * by its files. An archive inside an archive is not unpacked again.
 */
export function expandArchives(given: Found, limits = ZIP_LIMITS): Found {
  return given.flatMap((file): Found => {
    if (isRefused(file) || !isArchive(file.bytes)) return [file];
    return unpackZip(file.bytes, file.path, limits).map((f) =>
      !isRefused(f) && isArchive(f.bytes) ? { path: f.path, message: "是压缩包内的压缩包，未解开；请先解压后再导入。" } : f,
    );
  });
}
