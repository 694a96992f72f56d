import { DomainError, type Role, type User } from "@factline/domain";
import type { Database } from "../db/client";
import type { PendingIdempotency } from "../db/queries/idempotency";
import { createUser, emailTaken } from "../db/queries/users";
import { uniqueViolation } from "../db/queries/write-guard";
import type { PasswordHash } from "../lib/auth/password";

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
