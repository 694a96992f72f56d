import { BACKUP_TABLES, type BackupLine, backupLine, insertFor, selectForExport } from "./format";

/** Every row of the database as backup lines (through a D1 binding). */
export async function exportDatabase(db: D1Database): Promise<string[]> {
  const results = await db.batch(BACKUP_TABLES.map((t) => db.prepare(selectForExport(t))));
  return results.flatMap((r, i) =>
    (r.results as Record<string, unknown>[]).map((row) =>
      backupLine(BACKUP_TABLES[i] as (typeof BACKUP_TABLES)[number], row),
    ),
  );
}

/** Restores backup lines into an empty database, in batches (each batch all or nothing). */
export async function importDatabase(db: D1Database, lines: BackupLine[]): Promise<void> {
  const counts = await db.batch(
    BACKUP_TABLES.map((t) => db.prepare(`SELECT count(*) AS n FROM "${t}"`)),
  );
  const busy = counts.findIndex((r) => ((r.results[0] as { n: number }).n ?? 0) > 0);
  if (busy >= 0) throw new Error(`the database is not empty (table ${BACKUP_TABLES[busy]})`);
  for (let i = 0; i < lines.length; i += 50) {
    await db.batch(
      lines.slice(i, i + 50).map((line) => {
        const { sql, params } = insertFor(line);
        return db.prepare(sql).bind(...params);
      }),
    );
  }
}
