import * as XLSX from "@e965/xlsx";

/** What an OLE compound file (the container of .xls, .doc and of encrypted .docx/.xlsx) holds. */
export type OleKind = "xls" | "encrypted" | "doc" | "other";

interface CfbContainer {
  FileIndex: { name: string }[];
}
const CFB = XLSX.CFB as { read(data: Buffer, options: { type: "buffer" }): CfbContainer };

export function isOle(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && magic.every((b, i) => bytes[i] === b);
}

/** The names of the storages and streams in an OLE file, lower-cased; null when it cannot be read. */
export function oleStreamNames(bytes: Uint8Array): string[] | null {
  try {
    // a Buffer view of its own: the CFB reader hangs its read position on what it is given, and
    // reads a Buffer several times faster than a Uint8Array
    return CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: "buffer" }).FileIndex.map((f) => f.name.toLowerCase());
  } catch {
    return null;
  }
}

/**
 * Password-protected .docx/.xlsx are OLE files with EncryptionInfo and EncryptedPackage streams; a
 * workbook (BIFF5/8) has a Workbook or Book stream, an old Word file a WordDocument stream. Where
 * the directory cannot be read (a truncated file), its names are looked for in the raw bytes.
 */
export function oleKind(bytes: Uint8Array): OleKind {
  const names = oleStreamNames(bytes);
  const has = names ? (name: string) => names.includes(name.toLowerCase()) : (name: string) => containsUtf16(bytes, name);
  if (has("EncryptionInfo") || has("EncryptedPackage")) return "encrypted";
  if (has("Workbook") || has("Book")) return "xls";
  if (has("WordDocument")) return "doc";
  return "other";
}

/** The refusal for an OLE file the importer does not read (anything but an unencrypted .xls). */
export function oleRefusal(kind: Exclude<OleKind, "xls">): string {
  switch (kind) {
    case "encrypted":
      return "文件已加密（设置了打开密码），无法读取；请取消密码后重新保存，上传未加密的文件";
    case "doc":
      return "是旧版 Word（.doc）文件，无法读取；请在 Word 中另存为 .docx 或 PDF 后上传";
    case "other":
      return "是 Office 复合文件，但不是可读取的 Word（.docx）或 Excel（.xlsx/.xls）文件";
  }
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let at = bytes.indexOf(needle[0]!); at >= 0 && at + needle.length <= bytes.length; at = bytes.indexOf(needle[0]!, at + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[at + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
