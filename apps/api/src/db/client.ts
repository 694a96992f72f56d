import { drizzle } from "drizzle-orm/d1";
import * as schema from "./schema";
import type { Database } from "./types";

export type { Database };

/** A drizzle client over one D1 database or D1 session. */
export function createDb(d1: D1Database | D1DatabaseSession): Database {
  // D1DatabaseSession has the same query surface drizzle uses (prepare/batch).
  return drizzle(d1 as D1Database, { schema, casing: "snake_case" });
}
