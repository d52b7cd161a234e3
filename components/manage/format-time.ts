const formatter = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: false,
});

/** A moment in Beijing time, as 2026/03/01 09:30:00; "—" for none. */
export const formatTime = (d: Date | null | undefined) => (d ? formatter.format(d) : "—");
