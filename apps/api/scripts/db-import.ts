/**
 * `pnpm db:import [--remote] [--persist-to DIR] FILE`: restores an NDJSON export into an EMPTY
 * migrated database (it refuses one that holds data). Accounts come back without passwords:
 * reset them with create-user or in the admin UI. Check the result with `pnpm db:check`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BACKUP_TABLES, insertSql, parseBackupLine } from "../src/db/backup/format";
import { d1, fromCaller, parseWhere } from "./d1-cli";

const { where, rest } = parseWhere(process.argv.slice(2));
const file = rest[0];
if (!file) {
  console.error("usage: pnpm db:import [--remote] [--persist-to DIR] FILE");
  process.exit(2);
}
try {
  const lines = readFileSync(fromCaller(file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l, i) => parseBackupLine(l, i + 1));
  const counts = d1(
    where,
    BACKUP_TABLES.map((t) => `SELECT count(*) AS n FROM "${t}"`).join(";\n"),
  );
  const busy = counts.findIndex((rows) => Number(rows[0]?.n ?? 0) > 0);
  if (busy >= 0) throw new Error(`the database is not empty (table ${BACKUP_TABLES[busy]})`);
  const dir = mkdtempSync(path.join(tmpdir(), "factline-import-"));
  const sqlFile = path.join(dir, "import.sql");
  writeFileSync(sqlFile, lines.map(insertSql).join("\n"));
  try {
    d1(where, sqlFile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.error(`db:import: ${lines.length} rows restored; run pnpm db:check`);
} catch (err) {
  console.error(`db:import: ${(err as Error).message}`);
  process.exit(2);
}
