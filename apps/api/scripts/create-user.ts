/**
 * Creates a real account. The password is never a default and never an argument (shell history,
 * process lists): it is prompted for without echo, or read from stdin when piped.
 *
 *   pnpm --filter @factline/api create-user --email ada@example.org --role admin [--name "Ada"] [--remote]
 *   printf '%s' "$PASSWORD" | pnpm --filter @factline/api create-user --email … --role editor --remote
 *
 * Without --remote it writes to the local D1 (.wrangler/state); with --remote, to the D1
 * database in wrangler.jsonc (needs `wrangler login` or CLOUDFLARE_API_TOKEN).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { CreateUserInput } from "@factline/domain";
import { createUserStatements, toSqlScript } from "../src/seed/user-sql";

const apiDir = path.join(import.meta.dirname, "..");

function fail(message: string): never {
  console.error(`create-user: ${message}`);
  process.exit(1);
}

async function readPiped(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  // One trailing newline is the shell's, not the password's.
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** Reads a line from the terminal without echoing it. */
function prompt(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    let value = "";
    const onData = (key: string) => {
      for (const ch of key) {
        if (ch === "\r" || ch === "\n") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stderr.write("\n");
          resolve(value);
          return;
        }
        if (ch === "\u0003") {
          stdin.setRawMode(false);
          reject(new Error("cancelled"));
          return;
        }
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on("data", onData);
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPiped();
  const first = await prompt("Password (at least 12 characters): ");
  const second = await prompt("Repeat the password: ");
  if (first !== second) fail("the passwords differ");
  return first;
}

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    remote: { type: "boolean", default: false },
  },
  strict: true,
});
if (!values.email || !values.role)
  fail(
    "usage: create-user --email <email> --role <editor|reviewer|admin> [--name <name>] [--remote]",
  );

const password = await readPassword();
const parsed = CreateUserInput.safeParse({
  email: values.email,
  role: values.role,
  name: values.name ?? values.email.split("@")[0],
  password,
});
if (!parsed.success) {
  fail(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
}

const dir = mkdtempSync(path.join(tmpdir(), "factline-create-user-"));
const file = path.join(dir, "create-user.sql");
try {
  writeFileSync(file, toSqlScript(await createUserStatements(parsed.data)), { mode: 0o600 });
  execFileSync(
    "npx",
    ["wrangler", "d1", "execute", "DB", values.remote ? "--remote" : "--local", "--file", file],
    {
      cwd: apiDir,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
    },
  );
} catch (err) {
  const e = err as { stdout?: Buffer; stderr?: Buffer; message?: string };
  const output = `${e.stdout?.toString() ?? ""}${e.stderr?.toString() ?? ""}`;
  if (output.includes("UNIQUE")) fail(`an account with ${parsed.data.email} exists already`);
  fail(`wrangler d1 execute failed:\n${output || e.message}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `Created ${parsed.data.role} ${parsed.data.email} (${values.remote ? "remote" : "local"} D1).`,
);
