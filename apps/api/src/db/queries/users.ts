import { diffRecords, type FieldChange, newId, type Role, type User } from "@factline/domain";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { PasswordHash } from "../../lib/auth/password";
import type { Database } from "../client";
import { revisionsTable } from "../schema/revisions";
import { sessionsTable, type UserRow, usersTable } from "../schema/users";
import { idempotencyOutcome, type PendingIdempotency } from "./idempotency";

/** A users row as the API shows it: never the password material. */
export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.active,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The stored password of a row, in the shape `verifyPassword` takes. */
export function passwordOf(row: UserRow): PasswordHash {
  return { hash: row.passwordHash, salt: row.passwordSalt, iterations: row.passwordIterations };
}

/** The row for an email (stored lowercase), password material included, for login only. */
export async function findUserRowByEmail(
  db: Database,
  email: string,
): Promise<UserRow | undefined> {
  return db.select().from(usersTable).where(eq(usersTable.email, email.toLowerCase())).get();
}

/** One user's row. */
export async function findUserRow(db: Database, id: string): Promise<UserRow | undefined> {
  return db.select().from(usersTable).where(eq(usersTable.id, id)).get();
}

/**
 * A page of users, oldest first (ids are time-sortable), after `cursor` (the last id of the
 * previous page); `next` is null on the last page.
 */
export async function listUsers(
  db: Database,
  args: { limit: number; cursor?: string | undefined },
): Promise<{ data: User[]; next: string | null }> {
  const rows = await db
    .select()
    .from(usersTable)
    .where(args.cursor ? gt(usersTable.id, args.cursor) : undefined)
    .orderBy(asc(usersTable.id))
    .limit(args.limit + 1);
  const data = rows.slice(0, args.limit).map(toUser);
  const last = data[data.length - 1];
  return { data, next: rows.length > args.limit && last ? last.id : null };
}

/** True when an account already uses the email. */
export async function emailTaken(db: Database, email: string): Promise<boolean> {
  const row = await db
    .select({ id: usersTable.id })
    .from(usersTable)
    .where(eq(usersTable.email, email.toLowerCase()))
    .get();
  return row !== undefined;
}

/** Creates a user and its "create" revision in one batch. */
export async function createUser(
  db: Database,
  args: {
    email: string;
    name: string;
    role: Role;
    password: PasswordHash;
    actorId: string | null;
    now?: Date;
    /** A fixed id (the demo accounts, so seeded verdicts credit a real user); new otherwise. */
    id?: `usr_${string}`;
    /** The request's Idempotency-Key, settled in the same batch as the user. */
    idempotency?: PendingIdempotency | null;
  },
): Promise<User> {
  const at = (args.now ?? new Date()).toISOString();
  const row: UserRow = {
    id: args.id ?? newId("usr"),
    email: args.email.toLowerCase(),
    name: args.name,
    role: args.role,
    passwordHash: args.password.hash,
    passwordSalt: args.password.salt,
    passwordIterations: args.password.iterations,
    active: true,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  const user = toUser(row);
  await db.batch([
    db.insert(usersTable).values(row),
    db.insert(revisionsTable).values({
      id: newId("rev"),
      recordType: "user",
      recordId: user.id,
      version: 1,
      action: "create",
      userId: args.actorId,
      createdAt: at,
      diff: diffRecords(null, user),
      snapshot: user,
      note: null,
    }),
    ...idempotencyOutcome(db, args.idempotency, { status: 201, body: user }),
  ]);
  return user;
}

/** Why `updateUser` changed nothing. */
export type UpdateUserOutcome =
  | { ok: true; user: User }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "stale"; currentVersion: number }
  | { ok: false; reason: "last_admin" };

/**
 * Changes a user if it is still at `expectedVersion`, with its revision row, in one batch.
 * The guards live in SQL (`version = ?`, "another active admin remains") so two admins racing
 * cannot both win or leave the system without an active admin; the revision insert only runs
 * when the update changed a row (`changes()`), and deactivation or a new password revokes the user's sessions in
 * the same batch.
 */
export async function updateUser(
  db: Database,
  args: {
    id: string;
    expectedVersion: number;
    changes: { name?: string; role?: Role; active?: boolean; password?: PasswordHash };
    actorId: string;
    /** The actor's own session, kept when they change their own password. */
    keepSessionId?: string;
    now?: Date;
  },
): Promise<UpdateUserOutcome> {
  const before = await findUserRow(db, args.id);
  if (!before) return { ok: false, reason: "not_found" };
  if (before.version !== args.expectedVersion) {
    return { ok: false, reason: "stale", currentVersion: before.version };
  }
  const at = (args.now ?? new Date()).toISOString();
  const { name, role, active, password } = args.changes;
  const afterRow: UserRow = {
    ...before,
    ...(name !== undefined && { name }),
    ...(role !== undefined && { role }),
    ...(active !== undefined && { active }),
    ...(password !== undefined && {
      passwordHash: password.hash,
      passwordSalt: password.salt,
      passwordIterations: password.iterations,
    }),
    version: before.version + 1,
    updatedAt: at,
  };
  const after = toUser(afterRow);
  const losesAdmin =
    before.role === "admin" && before.active && (after.role !== "admin" || !after.active);
  const diff: FieldChange[] = diffRecords(toUser(before), after);
  // The hash never goes into a revision; the diff only records that the password changed.
  if (password !== undefined) diff.push({ path: "password", before: null, after: "changed" });

  const keepsAnAdmin = losesAdmin
    ? sql`(SELECT count(*) FROM ${usersTable} u WHERE u.role = 'admin' AND u.active = 1 AND u.id <> ${args.id}) > 0`
    : sql`1`;
  const revisionId = newId("rev");
  const results = await db.batch([
    db
      .update(usersTable)
      .set({
        name: afterRow.name,
        role: afterRow.role,
        active: afterRow.active,
        passwordHash: afterRow.passwordHash,
        passwordSalt: afterRow.passwordSalt,
        passwordIterations: afterRow.passwordIterations,
        version: afterRow.version,
        updatedAt: at,
      })
      .where(
        and(eq(usersTable.id, args.id), eq(usersTable.version, args.expectedVersion), keepsAnAdmin),
      ),
    // Only when the update above changed the row: the new version exists and changes() is 1.
    db.insert(revisionsTable).select(
      db
        .select({
          id: sql<string>`${revisionId}`.as("id"),
          recordType: sql<string>`'user'`.as("record_type"),
          recordId: usersTable.id,
          version: usersTable.version,
          action: sql<string>`'update'`.as("action"),
          userId: sql<string>`${args.actorId}`.as("user_id"),
          createdAt: sql<string>`${at}`.as("created_at"),
          diff: sql<string>`${JSON.stringify(diff)}`.as("diff"),
          snapshot: sql<string>`${JSON.stringify(after)}`.as("snapshot"),
          note: sql<null>`NULL`.as("note"),
        })
        .from(usersTable)
        .where(
          and(
            eq(usersTable.id, args.id),
            eq(usersTable.version, afterRow.version),
            sql`changes() = 1`,
          ),
        ),
    ),
    db
      .update(sessionsTable)
      .set({ revokedAt: at })
      .where(
        and(
          eq(sessionsTable.userId, args.id),
          sql`${sessionsTable.revokedAt} IS NULL`,
          // Only if the update above landed; a new password also ends every other session
          // (a reset is usually because the old one leaked).
          sql`EXISTS (SELECT 1 FROM ${usersTable} u WHERE u.id = ${args.id} AND u.version = ${afterRow.version} AND (u.active = 0 OR ${password !== undefined ? 1 : 0} = 1))`,
          sql`${sessionsTable.id} <> ${args.keepSessionId ?? ""}`,
        ),
      ),
  ]);
  const updated = (results[0] as unknown as { meta: { changes: number } }).meta.changes;
  if (updated === 1) return { ok: true, user: after };
  const now = await findUserRow(db, args.id);
  if (!now) return { ok: false, reason: "not_found" };
  if (now.version !== args.expectedVersion) {
    return { ok: false, reason: "stale", currentVersion: now.version };
  }
  return { ok: false, reason: "last_admin" };
}
