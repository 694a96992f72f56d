import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { recordColumns, timestamp } from "./columns";

export const usersTable = sqliteTable(
  "users",
  {
    id: text().primaryKey(),
    email: text().notNull(),
    name: text().notNull(),
    role: text({ enum: ["editor", "reviewer", "admin"] }).notNull(),
    /** base64 PBKDF2-SHA256 output. */
    passwordHash: text().notNull(),
    /** base64 per-user random salt. */
    passwordSalt: text().notNull(),
    passwordIterations: integer().notNull(),
    active: integer({ mode: "boolean" }).notNull().default(true),
    ...recordColumns(),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email)],
);

/** Server-side sessions; the cookie carries a random token whose SHA-256 is `id`. */
export const sessionsTable = sqliteTable(
  "sessions",
  {
    id: text().primaryKey(),
    userId: text()
      .notNull()
      .references(() => usersTable.id),
    createdAt: timestamp().notNull(),
    expiresAt: timestamp().notNull(),
    lastSeenAt: timestamp().notNull(),
    revokedAt: timestamp(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Failed logins counted per key (`email:…`, `ip:…`) in fixed windows, for throttling. */
export const loginAttemptsTable = sqliteTable(
  "login_attempts",
  {
    key: text().notNull(),
    windowStart: timestamp().notNull(),
    failures: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

/** Stored first responses for `Idempotency-Key` retries, per user. */
export const idempotencyKeysTable = sqliteTable(
  "idempotency_keys",
  {
    userId: text().notNull(),
    key: text().notNull(),
    method: text().notNull(),
    path: text().notNull(),
    /** SHA-256 of the request body: the same key with a different body is a client error. */
    requestHash: text().notNull(),
    status: integer().notNull(),
    responseBody: text().notNull(),
    responseHeaders: text({ mode: "json" }).$type<Record<string, string>>(),
    createdAt: timestamp().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.key] }),
    index("idempotency_created_idx").on(t.createdAt),
  ],
);

export type UserRow = typeof usersTable.$inferSelect;
export type SessionRow = typeof sessionsTable.$inferSelect;
