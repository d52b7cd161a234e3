import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { rowsOf } from "../rows";
import { disclosures, disclosureTables, rowSearch, tableRows } from "../schema";
import { ROW_SEARCH_SKIPPED_KINDS, rowNameKeys, TOTAL_ROW_KEY } from "@/lib/rows/name-key";
import { PRINCIPAL_COLUMNS } from "@/lib/rows/principal";

/** The rows the row search lists among the tables `which` selects (a condition on disclosure_tables). */
const searchable = (which: SQL) => sql`${which}
  and ${disclosureTables.kind} not in (${sql.join(ROW_SEARCH_SKIPPED_KINDS.map((k) => sql`${k}`), sql`, `)})
  and (${tableRows.code} is not null or ${tableRows.name} is not null)`;

/** The tables of one disclosure, or of a list of them. */
export const tablesOf = (disclosureIds: string | string[]) =>
  typeof disclosureIds === "string"
    ? sql`${disclosureTables.disclosureId} = ${disclosureIds}`
    : sql`${disclosureTables.disclosureId} in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(disclosureIds)}::jsonb))`;

/**
 * Writes the row search entries of the tables `which` selects in one INSERT … SELECT, each with
 * its principal amount (the first filled of PRINCIPAL_COLUMNS, as principalAmount reads it). The name
 * keys are normalised in JavaScript (NFKC and Unicode classes, exactly as queries are) and come
 * in as one JSON list for the distinct `names` of those rows.
 */
export async function fillRowSearch({ tx, which, names }: { tx: Db | Tx; which: SQL; names: Iterable<string | null | undefined> }): Promise<void> {
  await tx.execute(sql`
    insert into ${rowSearch} (row_id, disclosure_id, year, table_kind, code, name_key, amount)
    select ${tableRows.id}, ${disclosureTables.disclosureId}, ${disclosures.year}, ${disclosureTables.kind}, ${tableRows.code},
           case when ${tableRows.name} is null then (case when ${tableRows.code} = 'total' then ${TOTAL_ROW_KEY} end) else k.key end,
           coalesce(${sql.join(PRINCIPAL_COLUMNS.map((c) => tableRows[c]), sql`, `)})
    from ${disclosureTables}
    inner join ${disclosures} on ${disclosures.id} = ${disclosureTables.disclosureId}
    inner join ${tableRows} on ${tableRows.tableId} = ${disclosureTables.id}
    left join jsonb_to_recordset(${JSON.stringify(rowNameKeys(names))}::jsonb) as k(name text, key text) on k.name = ${tableRows.name}
    where ${searchable(which)}`);
}

/** The distinct names of the rows the row search would list among the tables `which` selects. */
export async function searchableRowNames({ tx, which }: { tx: Db | Tx; which: SQL }): Promise<string[]> {
  const result = await tx.execute(sql`
    select distinct ${tableRows.name} as name from ${disclosureTables}
    inner join ${tableRows} on ${tableRows.tableId} = ${disclosureTables.id}
    where ${searchable(which)} and ${tableRows.name} is not null`);
  return rowsOf<{ name: string }>(result).map((r) => r.name);
}

/** Disclosures that have rows the row search would list but none in it: stored before it existed. */
export async function disclosuresMissingRowSearch({ db }: { db: Db }): Promise<string[]> {
  const result = await db.execute(sql`
    select ${disclosures.id} as id from ${disclosures}
    where not exists (select 1 from ${rowSearch} where ${rowSearch.disclosureId} = ${disclosures.id})
      and exists (select 1 from ${disclosureTables} inner join ${tableRows} on ${tableRows.tableId} = ${disclosureTables.id}
                  where ${searchable(sql`${disclosureTables.disclosureId} = ${disclosures.id}`)})`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}
