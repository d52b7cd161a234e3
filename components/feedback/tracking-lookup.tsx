import { inputClass, secondaryButton } from "@/components/manage/styles";

/** Look up a feedback by its tracking code: a plain GET form, without script. */
export function TrackingLookup({ code = "", error }: { code?: string; error?: string }) {
  return (
    <form action="/feedback" method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="grow">
        <label htmlFor="tracking-code-input" className="block font-medium">
          查询码
        </label>
        <input
          id="tracking-code-input"
          name="code"
          defaultValue={code}
          placeholder="如 FK-7QH3-MXC9-2RWD"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-invalid={!!error}
          aria-describedby={error ? "tracking-code-error" : undefined}
          className={inputClass}
        />
        {error ? (
          <p id="tracking-code-error" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className={secondaryButton}>
        查看办理进度
      </button>
    </form>
  );
}
