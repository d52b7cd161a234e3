/**
 * The name of an uploaded file as it is kept and shown: the browser's name without any folder,
 * control characters or surrounding blanks, at most 255 characters (the extension kept).
 */
export function cleanFileName(given: string): string {
  const base = (given.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim();
  if (!base) return "未命名文件";
  if (base.length <= 255) return base;
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(base)?.[0] ?? "";
  return base.slice(0, 255 - ext.length) + ext;
}
