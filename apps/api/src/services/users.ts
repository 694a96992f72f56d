import { DomainError, type Role, type User } from "@factline/domain";
import type { Database } from "../db/client";
import type { PendingIdempotency } from "../db/queries/idempotency";
import { revokeUserSessions } from "../db/queries/sessions";
import { createUser, emailTaken, findUserRow, updateUser } from "../db/queries/users";
import { uniqueViolation } from "../db/queries/write-guard";
import type { PasswordHash } from "../lib/auth/password";
import { notFound } from "./errors";

/** 409: the email already has an account. */
export function emailInUse(): DomainError {
  return new DomainError("conflict", "An account with this email already exists", {
    errors: [{ path: "body.email", message: "already used by another account" }],
  });
}

/**
 * Creates an account (and its "create" revision, and the Idempotency-Key's answer) in one
 * batch; 409 when the email is taken, including by a concurrent create the unique index stopped.
 */
export async function createAccount(
  db: Database,
  args: {
    email: string;
    name: string;
    role: Role;
    password: PasswordHash;
    actorId: string;
    idempotency: PendingIdempotency | null;
  },
): Promise<User> {
  if (await emailTaken(db, args.email)) throw emailInUse();
  try {
    return await createUser(db, args);
  } catch (err) {
    // Two admins creating the same email at once: the unique index decides; the batch rolled back.
    if (uniqueViolation(err) === "users.email") throw emailInUse();
    throw err;
  }
}

/**
 * Changes an account (name, role, active, password) if it is still at `expectedVersion`: 404, a
 * 412 with the current version, or a 409 when it would leave no active admin (decided in the
 * update's own SQL guard, so two admins racing cannot both demote the other).
 */
export async function updateAccount(
  db: Database,
  args: {
    id: string;
    expectedVersion: number;
    changes: { name?: string; role?: Role; active?: boolean; password?: PasswordHash };
    actorId: string;
    keepSessionId?: string;
  },
): Promise<User> {
  const outcome = await updateUser(db, args);
  if (outcome.ok) return outcome.user;
  switch (outcome.reason) {
    case "not_found":
      throw notFound("user", args.id);
    case "stale":
      throw new DomainError(
        "precondition_failed",
        `The user is at version ${outcome.currentVersion}, not ${args.expectedVersion}; reload and retry`,
        {
          errors: [
            { path: "header.if-match", message: `current version is ${outcome.currentVersion}` },
          ],
          extra: { currentVersion: outcome.currentVersion },
        },
      );
    case "last_admin":
      throw new DomainError("conflict", "This is the last active admin; make another admin first", {
        errors: [
          {
            path: args.changes.active === false ? "body.active" : "body.role",
            message: "would leave no active admin",
          },
        ],
      });
  }
}

/** Ends every live session of an account (an admin's "sign out everywhere"); the count ended. */
export async function revokeAccountSessions(db: Database, id: string, now: Date): Promise<number> {
  if (!(await findUserRow(db, id))) throw notFound("user", id);
  return revokeUserSessions(db, id, now);
}
