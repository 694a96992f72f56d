import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { prepareDatabase } from "./worker";

declare module "vitest" {
  export interface ProvidedContext {
    /** Migrated (and seeded) D1 folders that each test file copies for its own Worker. */
    factlineDatabaseTemplates: { plain: string; seeded: string };
  }
}

// Migrating and seeding takes several wrangler runs; doing it once for the whole browser suite
// and copying the folder per file keeps every file's data isolated and the suite quick.
export default async function setup(project: TestProject) {
  const root = mkdtempSync(path.join(tmpdir(), "factline-e2e-templates-"));
  const plain = path.join(root, "plain");
  const seeded = path.join(root, "seeded");
  await Promise.all([prepareDatabase(plain, false), prepareDatabase(seeded, true)]);
  project.provide("factlineDatabaseTemplates", { plain, seeded });
  return () => rmSync(root, { recursive: true, force: true });
}
