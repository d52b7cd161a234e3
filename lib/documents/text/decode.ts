import { ImportError } from "@/lib/documents/errors";

const utf8 = new TextDecoder("utf-8", { fatal: true });
const gb18030 = new TextDecoder("gb18030", { fatal: true });

/**
 * The text of an uploaded document: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK.
 * Refuses empty, binary and undecodable input, and UTF-8 cut inside a character.
 */
export function decodeDocumentBytes(bytes: Uint8Array, fileName: string): string {
  const fail = (problem: string) => new ImportError({ fileName }, problem);
  if (bytes.length === 0) throw fail("文件为空");

  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder("utf-16le").decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder("utf-16be").decode(bytes.subarray(2)));
  if (bytes.includes(0)) throw fail("不是文本文件（含有二进制数据），请上传 UTF-8 或 GB18030 编码的文本");

  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const asUtf8 = tryDecode(utf8, body);
  if (asUtf8 !== null) return checked(asUtf8);
  if (truncatedUtf8(body)) throw fail("文件被截断：最后一个字符不完整（UTF-8）");
  const asGb = tryDecode(gb18030, body);
  if (asGb !== null) return checked(asGb);
  throw fail("无法识别文件编码：既不是 UTF-8 也不是 GB18030/GBK 文本");

  function checked(text: string): string {
    if (text.trim() === "") throw fail("文件为空");
    // PDF text layers and office exports have tabs, line feeds and the odd form feed, never other controls
    const controls = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
    if (controls > Math.max(8, text.length / 1000)) {
      throw fail("不是文本文件（含有大量控制字符），请上传 UTF-8 或 GB18030 编码的文本");
    }
    return text;
  }
}

function tryDecode(decoder: TextDecoder, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Valid UTF-8 once the last incomplete multi-byte sequence (at most 3 bytes) is dropped. */
function truncatedUtf8(bytes: Uint8Array): boolean {
  for (let drop = 1; drop <= 3 && drop < bytes.length; drop++) {
    const lead = bytes[bytes.length - drop];
    if (lead === undefined || lead < 0x80) return false;
    if (lead >= 0xc0) return tryDecode(utf8, bytes.subarray(0, bytes.length - drop)) !== null;
  }
  return false;
}
