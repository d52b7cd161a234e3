/** What a JSON route answered, with its status. */
export type Answer<T> = { status: number; body: T & { error?: string; problems?: { field: string; message: string }[] } };

/**
 * Posts a form with XMLHttpRequest (fetch reports no upload progress), calling `onProgress`
 * with the percentage sent and `onSent` once the server has everything.
 */
export function postForm<T>(url: string, body: FormData, { onProgress, onSent }: { onProgress?: (percent: number) => void; onSent?: () => void } = {}): Promise<Answer<T>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(Math.round((e.loaded / e.total) * 100));
    xhr.upload.onload = () => onSent?.();
    xhr.onload = () => {
      let parsed: Answer<T>["body"];
      try {
        parsed = JSON.parse(xhr.responseText || "{}");
      } catch {
        parsed = { error: `服务器未能处理（${xhr.status}）。` } as Answer<T>["body"];
      }
      resolve({ status: xhr.status, body: parsed });
    };
    xhr.onerror = () => reject(new Error("网络错误，文件未上传。"));
    xhr.send(body);
  });
}

/** A refusal as one line: the message and what each problem says. */
export const refusalText = (body: { error?: string; problems?: { message: string }[] }, status: number) =>
  [body.error ?? `操作失败（${status}）。`, ...(body.problems?.map((p) => p.message) ?? [])].join(" ");
