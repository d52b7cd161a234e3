import { open, readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { MAX_FILE_BYTES, ZIP_LIMITS } from "./limits";
import { expandArchives, type Found, type FoundFile, isClutter } from "./unzip";

const MB = 1024 * 1024;

async function startsWithZip(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const head = new Uint8Array(4);
    await handle.read(head, 0, 4, 0);
    return head[0] === 0x50 && head[1] === 0x4b;
  } finally {
    await handle.close();
  }
}

/** The files under a folder, at any depth, in name order; hidden files and clutter left out. */
async function walk(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (isClutter(entry.name)) continue;
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

async function readOne(file: string, size: number): Promise<Found[number]> {
  const limit = (await startsWithZip(file)) ? ZIP_LIMITS.maxTotalBytes : MAX_FILE_BYTES;
  if (size > limit) return { path: file, message: `超过 ${Math.round(limit / MB)} MB，未导入。` };
  return { path: file, fileName: path.basename(file), bytes: new Uint8Array(await readFile(file)) } satisfies FoundFile;
}

/**
 * What the command line was given, in order, one file at a time (a folder of many large files is
 * never all in memory): files, folders (walked; every file counts, whatever its name: the
 * importer tells documents by their content) and ZIP archives (unpacked in memory). A file over
 * 20 MB — an archive over 100 MB — is refused without being read.
 */
export async function* collectPaths(paths: string[]): AsyncGenerator<Found[number]> {
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info) {
      yield { path: p, message: "找不到文件或文件夹。" };
      continue;
    }
    const files = info.isDirectory() ? await walk(p) : [p];
    for (const file of files) yield* expandArchives([await readOne(file, file === p ? info.size : (await stat(file)).size)]);
  }
}
