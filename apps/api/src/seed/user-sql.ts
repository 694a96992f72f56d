import { diffRecords, newId, type Role, type User } from "@factline/domain";
import { hashPassword } from "../lib/auth/password";

/** One SQL statement with positional `?` parameters (the shape scripts/seed.ts takes). */
export type SqlStatement = { sql: string; params: (string | number | null)[] };

/** A SQL literal: strings single-quoted with quotes doubled, the only escape SQLite needs. */
function literal(value: string | number | null): string {
  if (value === null) return "NULL";
  if (typeof value === "number") return String(value);
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * Statements that create an account and its "create" revision (scripts run outside the Worker,
 * so they cannot use the drizzle client). The password is hashed here with the same PBKDF2 code
 * the Worker verifies with.
 *
 * `ifAbsent`: `INSERT OR IGNORE`, so re-running a seed leaves existing accounts (and their
 * passwords) alone; the revision is only written when the user row was.
 */
export async function createUserStatements(args: {
  email: string;
  name: string;
  role: Role;
  password: string;
  ifAbsent?: boolean;
  now?: Date;
  /** A fixed id (demo accounts, so seeded verdicts can credit a real user). */
  id?: `usr_${string}`;
}): Promise<SqlStatement[]> {
  const at = (args.now ?? new Date()).toISOString();
  const id = args.id ?? newId("usr");
  const hash = await hashPassword(args.password);
  const user: User = {
    id,
    email: args.email.toLowerCase(),
    name: args.name,
    role: args.role,
    active: true,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  const insert = args.ifAbsent ? "INSERT OR IGNORE" : "INSERT";
  return [
    {
      sql: `${insert} INTO users (id, email, name, role, password_hash, password_salt, password_iterations, active, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?)`,
      params: [id, user.email, user.name, user.role, hash.hash, hash.salt, hash.iterations, at, at],
    },
    {
      sql: "INSERT INTO revisions (id, record_type, record_id, version, action, user_id, created_at, diff, snapshot, note) SELECT ?, 'user', ?, 1, 'create', NULL, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM users WHERE id = ?) AND NOT EXISTS (SELECT 1 FROM revisions WHERE record_type = 'user' AND record_id = ?)",
      params: [
        newId("rev"),
        id,
        at,
        JSON.stringify(diffRecords(null, user)),
        JSON.stringify(user),
        "created by script",
        id,
        id,
      ],
    },
  ];
}

/** Statements as one script for `wrangler d1 execute --file`, parameters inlined. */
export function toSqlScript(statements: readonly SqlStatement[]): string {
  const rendered = statements.map((s) => {
    let i = 0;
    return `${s.sql.replace(/\?/g, () => literal(s.params[i++] ?? null))};`;
  });
  return `${rendered.join("\n")}\n`;
}
