export function acceptsGzip(acceptEncoding: string | string[] | undefined): boolean;
export function encodingFor(acceptEncoding: string | string[] | undefined): "br" | "gzip" | null;
