// Runs SQL against the D1 database named DB through wrangler (local by default, --remote for
// production, --persist-to for another local state folder), for the db:* maintenance scripts.
import { execFileSync } from "node:child_process";
import path from "node:path";

/** A path the user typed, relative to where they ran pnpm (pnpm runs scripts in apps/api). */
export function fromCaller(p: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
}

/** wrangler's "where" flags from the script's arguments; the rest are returned as `rest`. */
export function parseWhere(argv: string[]): { where: string[]; rest: string[] } {
  const where: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--remote") where.push("--remote");
    else if (arg === "--persist-to") where.push("--persist-to", fromCaller(argv[++i] ?? "."));
    else rest.push(arg);
  }
  if (!where.includes("--remote")) where.unshift("--local");
  return { where, rest };
}

/** The result rows of each statement of `sqlOrFile` (a --command, or a --file when it ends in .sql). */
export function d1(where: string[], sqlOrFile: string): Record<string, unknown>[][] {
  const input = sqlOrFile.endsWith(".sql") ? ["--file", sqlOrFile] : ["--command", sqlOrFile];
  let out: string;
  try {
    out = execFileSync(
      "pnpm",
      ["exec", "wrangler", "d1", "execute", "DB", ...where, "--json", "--yes", ...input],
      {
        encoding: "utf8",
        env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
        maxBuffer: 1024 * 1024 * 1024,
      },
    );
  } catch (err) {
    // wrangler prints its error as JSON on stdout (e.g. an unmigrated database: "no such table").
    const stdout = String((err as { stdout?: unknown }).stdout ?? "").trim();
    throw new Error(stdout || (err as Error).message);
  }
  const parsed = JSON.parse(out) as { results?: Record<string, unknown>[] }[];
  return parsed.map((r) => r.results ?? []);
}
