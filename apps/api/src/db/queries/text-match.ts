import { type SQL, type SQLWrapper, sql } from "drizzle-orm";

/**
 * Case-insensitive substring match for the plain "filter by text" boxes. Not LIKE: D1 rejects
 * LIKE patterns over 50 bytes ("LIKE or GLOB pattern too complex"), which turned a long search
 * into a 500, and instr() also needs no wildcard escaping. Like LIKE, lower() folds ASCII only.
 */
export function containsText(column: SQLWrapper, q: string): SQL {
  return sql`instr(lower(${column}), lower(${q})) > 0`;
}
