/**
 * `pnpm db:export [--remote] [--persist-to DIR] [FILE]`: every table as NDJSON (see
 * src/db/backup/format.ts), to FILE or stdout. Restore with `pnpm db:import FILE`.
 */
import { writeFileSync } from "node:fs";
import { BACKUP_TABLES, backupLine, selectForExport } from "../src/db/backup/format";
import { d1, fromCaller, parseWhere } from "./d1-cli";

const { where, rest } = parseWhere(process.argv.slice(2));
try {
  const results = d1(where, BACKUP_TABLES.map(selectForExport).join(";\n"));
  const lines = results.flatMap((rows, i) =>
    rows.map((row) => backupLine(BACKUP_TABLES[i] as (typeof BACKUP_TABLES)[number], row)),
  );
  const text = lines.length > 0 ? `${lines.join("\n")}\n` : "";
  if (rest[0]) {
    writeFileSync(fromCaller(rest[0]), text);
    console.error(
      `db:export: ${lines.length} rows from ${BACKUP_TABLES.length} tables to ${rest[0]}`,
    );
  } else {
    process.stdout.write(text);
  }
} catch (err) {
  console.error(`db:export: ${(err as Error).message}`);
  process.exit(2);
}
