/** A form's outcome: a refusal (alert) or a confirmation (status), read out when it appears. */
export function FormMessage({ message }: { message: { kind: "error" | "success"; text: string } | null }) {
  if (!message) return null;
  return message.kind === "error" ? (
    <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
      {message.text}
    </p>
  ) : (
    <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
      {message.text}
    </p>
  );
}
