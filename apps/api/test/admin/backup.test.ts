/**
 * Backup and restore: an export of a database written through the API, imported into an empty
 * database, gives a database the integrity checker passes and whose export is byte-identical.
 */
import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { exportDatabase, importDatabase } from "../../src/db/backup/d1";
import { BACKUP_TABLES, isSkippedTable, parseBackupLine } from "../../src/db/backup/format";
import { checkIntegrity } from "../../src/db/integrity/run";
import { expectStatus, makeClaim, makeEvent, makeSource, withVersion } from "./editing-support";
import { adminFetch, loginAs } from "./support/auth";

const restoreDb = (env as unknown as { RESTORE_DB: D1Database }).RESTORE_DB;

describe("db export and import", () => {
  beforeAll(async () => {
    await applyD1Migrations(restoreDb, env.TEST_MIGRATIONS);
    const editor = await loginAs("editor");
    const reviewer = await loginAs("reviewer");
    const source = await makeSource(editor, {
      text: "It's a quote with 'single' quotes and ünïcode 🇦🇫.",
    });
    const event = await makeEvent(editor, { places: ["AF", "RU"] });
    const claim = await makeClaim(editor, { sourceId: source.id, eventIds: [event.id] });
    await expectStatus(
      await adminFetch(reviewer, "POST", `/admin/api/claims/${claim.id}/reviews`, {
        verdict: "true",
        rationale: "Checked against the decree.",
      }),
      201,
    );
    const e2 = await makeEvent(editor);
    await expectStatus(
      await adminFetch(reviewer, "POST", `/admin/api/events/${e2.id}/merge`, { into: event.id }),
      200,
    );
    await expectStatus(
      await withVersion(editor, "POST", `/admin/api/events/${event.id}/transition`, 2, {
        to: "in_review",
      }),
      200,
    );
  });

  it("covers every table the migrations create", async () => {
    const tables = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all<{
      name: string;
    }>();
    const expected = tables.results
      .map((t) => t.name)
      .filter((n) => !isSkippedTable(n))
      .sort();
    expect([...BACKUP_TABLES].sort()).toEqual(expected);
  });

  it("round-trips into an empty database byte for byte, integrity intact, no secrets", async () => {
    const exported = await exportDatabase(env.DB);
    expect(exported.length).toBeGreaterThan(10);
    expect(exported.join("\n")).not.toMatch(/pbkdf2|password_hash":"[0-9a-f]{16}/i);
    await importDatabase(
      restoreDb,
      exported.map((l, i) => parseBackupLine(l, i + 1)),
    );
    const again = await exportDatabase(restoreDb);
    expect(again.join("\n")).toBe(exported.join("\n"));
    expect(await checkIntegrity(restoreDb)).toEqual([]);
    // The search indexes were rebuilt by the triggers as rows went in.
    const fts = await restoreDb
      .prepare("SELECT count(*) AS n FROM claims_fts_docsize")
      .first<{ n: number }>();
    const claims = await restoreDb
      .prepare("SELECT count(*) AS n FROM claims")
      .first<{ n: number }>();
    expect(fts?.n).toBe(claims?.n);
  });

  it("refuses to import into a database that holds data, or a line it does not know", async () => {
    const lines = (await exportDatabase(env.DB)).map((l, i) => parseBackupLine(l, i + 1));
    await expect(importDatabase(env.DB, lines)).rejects.toThrow(/not empty/);
    expect(() => parseBackupLine('{"table":"d1_migrations","row":{}}', 7)).toThrow(/line 7/);
    expect(() => parseBackupLine("{oops", 8)).toThrow(/line 8: not JSON/);
  });
});
