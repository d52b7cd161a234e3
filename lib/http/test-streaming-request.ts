/**
 * For tests: a POST whose body would stream `total` bytes, `chunk` after `chunk`, counting what
 * the reader pulled — a chunked request, with no Content-Length unless the headers give one.
 */
export function streamingRequest({ url, total, chunk, headers = {} }: { url: string; total: number; chunk: Uint8Array; headers?: Record<string, string> }) {
  const pulled = { bytes: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= total) return controller.close();
      pulled.bytes += chunk.byteLength;
      controller.enqueue(chunk.slice());
    },
  });
  const req = new Request(url, { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return { req, pulled };
}
