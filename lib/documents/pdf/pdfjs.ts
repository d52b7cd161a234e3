import { createRequire } from "node:module";
import path from "node:path";
import type * as PdfjsModule from "pdfjs-dist/legacy/build/pdf.mjs";

export type Pdfjs = typeof PdfjsModule;
export type PdfDocument = Awaited<ReturnType<Pdfjs["getDocument"]>["promise"]>;
export type PdfPage = Awaited<ReturnType<PdfDocument["getPage"]>>;

let loaded: Promise<Pdfjs> | null = null;

/**
 * pdf.js, loaded once on first use. In Node it runs its worker code on the main thread (the "fake
 * worker"), found through `globalThis.pdfjsWorker`, so no worker file path has to resolve in a bundle.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loaded ??= (async () => {
    // The legacy build's core-js polyfills replace Array.prototype.push with a slow, spec-pedantic
    // version on Node 20 (it fixes lengths above 2^32); pdf.js pushes millions of times per document.
    const nativePush = Array.prototype.push;
    // the minified builds: the same code without source maps, which tools loading TypeScript
    // (tsx, vitest) would otherwise read and keep — ~150 MB and a second per process
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.min.mjs");
    const worker = await import("pdfjs-dist/legacy/build/pdf.worker.min.mjs");
    if (Array.prototype.push !== nativePush) {
      Object.defineProperty(Array.prototype, "push", { value: nativePush, writable: true, configurable: true, enumerable: false });
    }
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return pdfjs;
  })();
  return loaded;
}

function packageFolder(): string {
  try {
    return path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  } catch {
    return path.join(process.cwd(), "node_modules", "pdfjs-dist");
  }
}

/**
 * A document that swallows @font-face rules. With font faces disabled (pdf.js's default in Node),
 * the worker compiles and sends an outline path for every glyph shown, only needed for drawing;
 * we never draw, so fonts are "loaded" into this no-op document instead.
 */
const noFontDocument = {
  fonts: undefined,
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
};

export async function openPdf(pdfjs: Pdfjs, bytes: Uint8Array): Promise<PdfDocument> {
  const folder = packageFolder();
  const task = pdfjs.getDocument({
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy, the caller keeps its bytes
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: false,
    ownerDocument: noFontDocument as unknown as Document,
    // images are never decoded: the reader only needs text and rulings
    maxImageSize: 0,
    cMapUrl: path.join(folder, "cmaps") + "/",
    cMapPacked: true,
    standardFontDataUrl: path.join(folder, "standard_fonts") + "/",
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw error;
  }
}
