"use client";

/**
 * A select that sends its form as soon as it changes, so that a new order or page size shows at
 * once; without JavaScript the form's own button still sends it.
 */
export function SubmitOnChange({ id, name, defaultValue, options, className }: { id: string; name: string; defaultValue: string; options: { value: string; label: string }[]; className?: string }) {
  return (
    <select id={id} name={name} defaultValue={defaultValue} className={className} onChange={(e) => e.currentTarget.form?.requestSubmit()}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>{o.label}</option>
      ))}
    </select>
  );
}
