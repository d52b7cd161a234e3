-- Findings are worded once, when a disclosure is checked, and stored with it. Those stored before the
-- rules named the 三公 rows as the table prints them (“本年”行, not “current”行; a 决算's 预算数 and
-- 决算数), wrote a stated 持平 as the sentence reads it (与上年持平, not 比上年与上年持平) and quoted
-- each side of a stated change that disagrees with another (称“比上年减少25.92 元”) read here as the
-- rules word them now. Only the wording changes: no finding is added, dropped or moved, and the
-- disclosures' content, version, revision, status and dates stay as they are.
CREATE FUNCTION finding_message_reworded(message text, rule text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN rule = 'N2' AND worded LIKE '说明中%的变动前后不一致：%'
    THEN regexp_replace(
      regexp_replace(worded, '”称(与上年持平)(，而“|；|$)', '”称“\1”\2', 'g'),
      '”称((?:增加|减少)[^，；“”]*)(，而“|；|$)', '”称“比上年\1”\2', 'g')
    ELSE worded END
  FROM (SELECT replace(replace(replace(replace(replace(message,
    '“current”行', '“本年”行'), '“prior”行', '“上年”行'), '“budget”行', '“预算数”行'), '“final”行', '“决算数”行'),
    '比上年与上年持平', '与上年持平') AS worded) AS w
$$;
--> statement-breakpoint
UPDATE "disclosures" AS d SET "findings" = (
  SELECT jsonb_agg(CASE WHEN jsonb_typeof(e.f->'message') = 'string'
    THEN jsonb_set(e.f, '{message}', to_jsonb(finding_message_reworded(e.f->>'message', e.f->>'rule'))) ELSE e.f END ORDER BY e.n)
  FROM jsonb_array_elements(d."findings") WITH ORDINALITY AS e(f, n)
)
WHERE EXISTS (
  SELECT 1 FROM jsonb_array_elements(d."findings") AS e(f)
  WHERE finding_message_reworded(e.f->>'message', e.f->>'rule') IS DISTINCT FROM e.f->>'message'
);
--> statement-breakpoint
DROP FUNCTION finding_message_reworded(text, text);
