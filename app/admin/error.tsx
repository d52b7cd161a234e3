"use client";

import { ErrorMessage } from "@/components/layout/error-message";

export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorMessage digest={error.digest} reset={reset} back={{ href: "/admin", label: "返回工作台" }} />;
}
