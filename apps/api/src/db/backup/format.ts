// The backup format: NDJSON, one `{"table": …, "row": {…}}` line per row, tables in an order
// that satisfies every foreign key, rows in rowid order, columns in table order — so the same
// database always exports to the same bytes, and an export of a restored database is
// byte-identical to the one it was restored from. FTS indexes are not exported: the triggers
// rebuild them as rows are inserted. Password hashes and salts are never exported: a restored
// account gets a hash no password matches, and an admin resets it (create-user / the admin UI).

/** Every table a backup holds, parents before children. */
export const BACKUP_TABLES = [
  "users",
  "actors",
  "sources",
  "events",
  "event_actors",
  "event_places",
  "event_relations",
  "claims",
  "claim_events",
  "evidence",
  "reviews",
  "revisions",
  "changes",
  "ingests",
  "feeds",
  "feed_items",
  "webhook_endpoints",
  "webhook_deliveries",
  "webhook_cursor",
  "sessions",
  "idempotency_keys",
  "login_attempts",
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Tables left out on purpose: FTS shadow tables, D1's own, and the write guards (always empty). */
export function isSkippedTable(name: string): boolean {
  return (
    name.startsWith("sqlite_") ||
    name.startsWith("_cf_") ||
    name === "d1_migrations" ||
    name === "write_guards" ||
    /_fts(_|$)/.test(name)
  );
}

/** Columns replaced on export; the value written instead can never verify a password. */
export const SECRET_COLUMNS: Partial<Record<BackupTable, Record<string, string>>> = {
  users: { password_hash: "!restored-without-secret", password_salt: "!" },
  // A restored endpoint signs with a secret its receiver never had: an admin rotates it.
  webhook_endpoints: { secret: "whsec_cmVzdG9yZWQtd2l0aG91dC1zZWNyZXQ=" },
};

export type BackupLine = { table: BackupTable; row: Record<string, unknown> };

/** One NDJSON line for a row, secrets replaced. */
export function backupLine(table: BackupTable, row: Record<string, unknown>): string {
  const secrets = SECRET_COLUMNS[table] ?? {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = k in secrets ? secrets[k] : v;
  return JSON.stringify({ table, row: out });
}

/** Parses one line, refusing tables a backup cannot hold. */
export function parseBackupLine(text: string, lineNo: number): BackupLine {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`line ${lineNo}: not JSON`);
  }
  const { table, row } = (parsed ?? {}) as { table?: unknown; row?: unknown };
  if (!BACKUP_TABLES.includes(table as BackupTable)) {
    throw new Error(`line ${lineNo}: unknown table ${String(table)}`);
  }
  if (!row || typeof row !== "object" || Array.isArray(row)) {
    throw new Error(`line ${lineNo}: row must be an object`);
  }
  return { table: table as BackupTable, row: row as Record<string, unknown> };
}

/** The rows of a table in export order. */
export function selectForExport(table: BackupTable): string {
  return `SELECT * FROM "${table}" ORDER BY rowid`;
}

/** An INSERT of `row` with bound parameters (for a D1 binding). */
export function insertFor(line: BackupLine): { sql: string; params: unknown[] } {
  const cols = Object.keys(line.row);
  for (const c of cols) if (!/^[a-z_][a-z0-9_]*$/.test(c)) throw new Error(`bad column ${c}`);
  return {
    sql: `INSERT INTO "${line.table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`,
    params: cols.map((c) => line.row[c] ?? null),
  };
}

/** The same INSERT as literal SQL (for `wrangler d1 execute --file`). */
export function insertSql(line: BackupLine): string {
  const { sql, params } = insertFor(line);
  let i = 0;
  return `${sql.replace(/\?/g, () => literal(params[i++]))};`;
}

function literal(v: unknown): string {
  if (v === null || v === undefined) return "NULL";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "NULL";
  if (typeof v === "boolean") return v ? "1" : "0";
  return `'${String(v).replace(/'/g, "''")}'`;
}
