"use client";

import { ErrorMessage } from "@/components/layout/error-message";

export default function PublicError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorMessage digest={error.digest} reset={reset} back={{ href: "/", label: "返回首页" }} />;
}
