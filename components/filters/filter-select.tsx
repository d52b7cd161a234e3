import { SubmitOnChange } from "@/components/search/submit-on-change";

export interface FilterOption {
  value: string;
  label: string;
}

interface Props {
  id: string;
  name: string;
  label: string;
  labelClassName?: string;
  options: readonly FilterOption[];
  /** the option chosen; the first (or the empty one) when none is */
  value?: string;
  /** the choice that sets no filter, sent empty: 全部区县 */
  all?: string;
  /** sends the form as soon as another option is chosen (an order, a page size) */
  submitOnChange?: boolean;
  className?: string;
}

/** One filter of a search form: its label and its select, in the layout the form gives them. */
export function FilterSelect({ id, name, label, labelClassName, options, value, all, submitOnChange = false, className }: Props) {
  const choices = all === undefined ? [...options] : [{ value: "", label: all }, ...options];
  const chosen = value ?? (all === undefined ? choices[0]?.value : "") ?? "";
  return (
    <>
      <label htmlFor={id} className={labelClassName}>{label}</label>
      {submitOnChange ? (
        <SubmitOnChange id={id} name={name} defaultValue={chosen} options={choices} className={className} />
      ) : (
        <select id={id} name={name} defaultValue={chosen} className={className}>
          {choices.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      )}
    </>
  );
}
