/**
 * Lints the two OpenAPI documents as the Worker serves them: builds the app in Node (serving a
 * document touches no binding), writes `/v1/openapi.json` and `/admin/api/openapi.json` to a
 * temporary directory and runs `redocly lint` (recommended rules, redocly.yaml) on both.
 * Redocly exits 0 on warnings; this script fails on any problem, errors and warnings alike,
 * because outside tools (generators, gateways) trip over both.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createApp } from "../src/app.ts";

type Problem = {
  ruleId: string;
  severity: "error" | "warn";
  message: string;
  location?: { source?: { ref?: string }; pointer?: string }[];
};

const CONFIG = path.join(import.meta.dirname, "../redocly.yaml");
const DOCUMENTS = { "public.json": "/v1/openapi.json", "admin.json": "/admin/api/openapi.json" };
// The middleware in front of /v1 wants these bindings; serving a document uses neither.
const env = {
  PUBLIC_RATE_LIMITER: { limit: async () => ({ success: true }) },
  DB: { withSession: () => ({ getBookmark: () => null }) },
};

function lint(file: string): Problem[] {
  let out: string;
  try {
    out = execFileSync(
      "redocly",
      ["lint", "--format=json", "--max-problems=1000", `--config=${CONFIG}`, file],
      {
        cwd: import.meta.dirname,
        encoding: "utf8",
        // No usage report and no update check: lint runs offline in CI.
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
  } catch (err) {
    // Exit 1 on errors; the JSON report is still on stdout.
    out = (err as { stdout?: string }).stdout ?? "";
    if (!out.trim().startsWith("{")) throw err;
  }
  return (JSON.parse(out) as { problems: Problem[] }).problems;
}

const dir = mkdtempSync(path.join(tmpdir(), "factline-openapi-"));
try {
  const app = createApp();
  const files: string[] = [];
  for (const [file, url] of Object.entries(DOCUMENTS)) {
    const res = await app.request(`https://api.factline.test${url}`, {}, env);
    if (res.status !== 200) throw new Error(`GET ${url} -> ${res.status}`);
    const target = path.join(dir, file);
    writeFileSync(target, await res.text());
    files.push(target);
  }
  // One run per document: with --format=json redocly prints one report per file, back to back.
  const problems = files.flatMap(lint);
  for (const p of problems) {
    const at = p.location?.[0];
    const where = `${path.basename(at?.source?.ref ?? "?")}${at?.pointer ?? ""}`;
    console.log(`${p.severity} ${p.ruleId} ${where}: ${p.message}`);
  }
  const n = problems.length;
  console.log(`openapi: ${Object.values(DOCUMENTS).join(" and ")}: ${n} problem(s)`);
  if (n > 0) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
