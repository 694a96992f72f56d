import type { DrizzleD1Database } from "drizzle-orm/d1";
import type * as schema from "./schema";

/**
 * The drizzle client's type, apart from the client itself (`db/client.ts`), so the Worker's
 * environment type (`env.ts`) can name it without depending on the database layer's code.
 */
export type Database = DrizzleD1Database<typeof schema> & { $client: D1Database };
