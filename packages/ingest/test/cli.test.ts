// The command line, run as editors run it: a path relative to where pnpm was started (INIT_CWD),
// stdin, and the --pretty summary.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { IngestResultSchema } from "@factline/domain";
import { describe, expect, it } from "vitest";
import { seedText, testDir } from "./helpers";

const pkg = join(testDir, "..");
const repoRoot = join(pkg, "../..");
const tsx = join(pkg, "node_modules/.bin/tsx");

const run = (args: string[], input?: string) =>
  spawnSync(tsx, ["src/cli.ts", ...args], {
    cwd: pkg,
    env: { ...process.env, INIT_CWD: repoRoot },
    input,
    encoding: "utf8",
    timeout: 60_000,
  });

// Each case starts tsx in a child process, which is slow on a loaded machine.
describe("pnpm ingest", { timeout: 60_000 }, () => {
  it("reads a path relative to the directory pnpm was started from and prints IngestResult JSON", () => {
    const r = run(["../shared/fixtures/seed-article.txt"]);
    expect(r.status).toBe(0);
    const result = IngestResultSchema.parse(JSON.parse(r.stdout));
    // The title as the article states the event (issue 9: no per-kind template).
    expect(result.mainEvent?.title).toBe(
      "Russia has formally recognized the Taliban government in Afghanistan",
    );
  });

  it("reads stdin with '-' and detects HTML", () => {
    const text = run(["-"], seedText());
    expect(JSON.parse(text.stdout).article.format).toBe("text");
    const html = run(
      ["-"],
      "<html><body><h1>Title here now</h1><p>Kenya signed a treaty with Uganda in May 2024.</p></body></html>",
    );
    expect(JSON.parse(html.stdout).article.format).toBe("html");
  });

  it("prints a readable summary with --pretty", () => {
    const r = run(["../shared/fixtures/seed-article.txt", "--pretty"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Removed (4):");
    expect(r.stdout).toContain("[advert] YOU MAY ALSO LIKE");
    expect(r.stdout).toMatch(/k1 \(6, score/);
    expect(r.stdout).toContain(
      "Russia has formally recognized the Taliban government in Afghanistan — diplomacy.recognition, 2025-07-04",
    );
  });

  it("exits with an error for a missing file or no argument", () => {
    expect(run(["no-such-file.txt"]).status).toBe(1);
    expect(run([]).status).toBe(2);
  });
});
