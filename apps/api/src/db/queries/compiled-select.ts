import { Column, fillPlaceholders, is } from "drizzle-orm";

/**
 * A flat drizzle select compiled once: its SQL and parameters (placeholders filled per call)
 * and the selection it reads rows into.
 *
 * Why: on a hot read, building the SQL with drizzle's query builder and mapping rows through
 * its generic result mapper cost more CPU than D1 itself (about 1 ms for the event detail's
 * five statements). Compiling keeps drizzle (and its types) as the one place the SQL comes from,
 * and leaves per request only binding values and a positional read of each row.
 */
export type CompiledSelect<Row> = {
  sql: string;
  params: unknown[];
  keys: string[];
  decoders: (Column | null)[];
  /** Only for inference: the row type this select returns. */
  readonly row?: Row;
};

/** Compiles a select built with `sql.placeholder(...)` for the values bound per call. */
export function compileSelect<Row>(
  query: { toSQL(): { sql: string; params: unknown[] } },
  selection: Record<string, unknown>,
): CompiledSelect<Row> {
  const { sql, params } = query.toSQL();
  const keys = Object.keys(selection);
  return {
    sql,
    params,
    keys,
    decoders: keys.map((k) => (is(selection[k], Column) ? (selection[k] as Column) : null)),
  };
}

/** A D1 statement for `compiled` with its placeholders bound, ready for `batch`. */
export function bindCompiled(
  d1: D1Database | D1DatabaseSession,
  compiled: CompiledSelect<unknown>,
  values: Record<string, unknown>,
): D1PreparedStatement {
  return d1.prepare(compiled.sql).bind(...fillPlaceholders(compiled.params, values));
}

/**
 * Rows of a D1 result as the compiled select's row type. D1 returns objects keyed by column
 * name; their values are in select order (what drizzle's D1 driver relies on too), so they are
 * read by position and decoded by their column (e.g. JSON-mode text), as drizzle would.
 */
export function readRows<Row>(
  compiled: CompiledSelect<Row>,
  result: D1Result<Record<string, unknown>>,
): Row[] {
  const { keys, decoders } = compiled;
  return result.results.map((raw) => {
    const values = Object.values(raw);
    const row: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const v = values[i];
      const decoder = decoders[i];
      row[keys[i] as string] =
        v === null || v === undefined || !decoder ? (v ?? null) : decoder.mapFromDriverValue(v);
    }
    return row as Row;
  });
}
