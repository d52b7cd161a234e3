"use client";

/** The districts a reviewer covers, as checkboxes (values: division codes). */
export function DistrictChecklist({
  districts,
  value,
  onChange,
  error,
}: {
  districts: { code: string; name: string }[];
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string;
}) {
  const toggle = (code: string, on: boolean) => onChange(on ? [...value, code] : value.filter((c) => c !== code));
  return (
    <fieldset aria-describedby={error ? "districts-error" : undefined} aria-invalid={!!error}>
      <legend className="font-medium">审核的区县</legend>
      <div className="mt-1 grid max-h-64 grid-cols-2 gap-1 overflow-y-auto rounded border border-stone-300 p-2 sm:grid-cols-4">
        {districts.map((d) => (
          <label key={d.code} className="flex items-center gap-2 py-1">
            <input type="checkbox" className="size-4" checked={value.includes(d.code)} onChange={(e) => toggle(d.code, e.target.checked)} />
            {d.name}
          </label>
        ))}
      </div>
      {error ? (
        <p id="districts-error" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
