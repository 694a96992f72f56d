import { z } from "zod";
import { Timestamp, text, Version } from "./common";
import { UserId } from "./ids";

/**
 * What a user may do. Editors write drafts and claims; reviewers also review, rank and publish;
 * admins also manage users and retract.
 */
export const Role = z
  .enum(["editor", "reviewer", "admin"])
  .meta({ description: "editor, reviewer or admin" });
export type Role = z.infer<typeof Role>;

/** A Factline account. The password hash never leaves the API. */
export const UserSchema = z
  .object({
    /** The user's id (`usr_…`). */
    id: UserId.describe("The user's id (`usr_…`)."),
    /** Login email, unique, lowercase. */
    email: z.email().describe("Login email, unique, lowercase."),
    /** Name shown on reviews and revisions. */
    name: z.string().describe("Name shown on reviews and revisions."),
    /** What the user may do. */
    role: Role.describe("What the user may do."),
    /** Deactivated users cannot log in; their past work keeps their name. */
    active: z
      .boolean()
      .describe("Deactivated users cannot log in; their past work keeps their name."),
    /** Version for optimistic concurrency. */
    version: Version.describe("Version for optimistic concurrency."),
    /** When the account was created. */
    createdAt: Timestamp.describe("When the account was created."),
    /** When the account last changed. */
    updatedAt: Timestamp.describe("When the account last changed."),
  })
  .meta({ id: "User", description: "A Factline account" });
export type User = z.infer<typeof UserSchema>;

/** Passwords: long enough to resist guessing, short enough to bound hashing work. */
export const Password = z
  .string()
  .min(12, { message: "must be at least 12 characters" })
  .max(256, { message: "must be at most 256 characters" });

/** Input to create a user (admins only). */
export const CreateUserInput = z
  .object({
    /** Login email; stored lowercase so logins match whatever case is typed. */
    email: z
      .email()
      .toLowerCase()
      .describe("Login email; stored lowercase so logins match whatever case is typed."),
    /** Name shown on reviews and revisions. */
    name: text(200).describe("Name shown on reviews and revisions."),
    /** What the user may do. */
    role: Role.describe("What the user may do."),
    /** The initial password. */
    password: Password.describe("The initial password."),
  })
  .strict()
  .meta({ id: "CreateUserInput", description: "Fields to create a user" });
export type CreateUserInput = z.infer<typeof CreateUserInput>;

/** Input to change a user (admins only): role, name, active, or a new password. */
export const UpdateUserInput = z
  .object({
    /** Name shown on reviews and revisions. */
    name: text(200).describe("Name shown on reviews and revisions."),
    /** What the user may do. */
    role: Role.describe("What the user may do."),
    /** False deactivates the account. */
    active: z.boolean().describe("False deactivates the account."),
    /** A new password. */
    password: Password.describe("A new password."),
  })
  .partial()
  .strict()
  .meta({ id: "UpdateUserInput", description: "Fields to change on a user" });
export type UpdateUserInput = z.infer<typeof UpdateUserInput>;

/** Login credentials. */
export const LoginInput = z
  .object({
    /** Login email, in any case (compared lowercase, as stored). */
    email: z
      .string()
      .trim()
      .toLowerCase()
      .min(1)
      .max(320)
      .describe("Login email, in any case (compared lowercase, as stored)."),
    /** The password. */
    password: z.string().min(1).max(256).describe("The password."),
  })
  .strict()
  .meta({ id: "LoginInput", description: "Email and password" });
export type LoginInput = z.infer<typeof LoginInput>;
