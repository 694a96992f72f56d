import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";

const apiDir = path.resolve(import.meta.dirname, "../../../api");
const wranglerBin = path.join(apiDir, "node_modules/.bin/wrangler");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

export type RunningWorker = {
  origin: string;
  stop: () => Promise<void>;
  /** Everything wrangler printed, for diagnosing a failed test. */
  logs: () => string;
};

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: apiDir, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout?.on("data", (c: Buffer) => {
      out += c.toString();
    });
    child.stderr?.on("data", (c: Buffer) => {
      out += c.toString();
    });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} failed:\n${out}`)),
    );
  });
}

const toolEnv = () => ({ ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true" });

/** A local D1 in `dir` with every migration applied and, when `seed`, the demo record and users. */
export async function prepareDatabase(dir: string, seed: boolean): Promise<void> {
  await run(
    wranglerBin,
    ["d1", "migrations", "apply", "DB", "--local", "--persist-to", dir],
    toolEnv(),
  );
  if (seed) await run("pnpm", ["run", "db:seed", "--persist-to", dir], toolEnv());
}

/**
 * Starts the real API Worker (`wrangler dev`) serving the built admin UI, on its own local D1 in
 * a temporary folder with migrations applied, so browser tests exercise the whole product. Each
 * call gets its own copy of the database; the global setup prepares one template per kind so a
 * test file copies a folder instead of running migrations and the seed again.
 */
export async function startWorker(
  options: {
    seed?: boolean;
    /** `--var` bindings for this run (e.g. a local DOH_ENDPOINT for the feeds test). */
    vars?: Record<string, string>;
  } = {},
): Promise<RunningWorker> {
  const persistTo = mkdtempSync(path.join(tmpdir(), "factline-e2e-"));
  const env = toolEnv();
  const templates = inject("factlineDatabaseTemplates") as
    | { plain: string; seeded: string }
    | undefined;
  const template = templates?.[options.seed ? "seeded" : "plain"];
  if (template && existsSync(template)) cpSync(template, persistTo, { recursive: true });
  else await prepareDatabase(persistTo, options.seed ?? false);
  const port = await freePort();
  const child: ChildProcess = spawn(
    wranglerBin,
    [
      "dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--persist-to",
      persistTo,
      "--show-interactive-dev-session=false",
      // /__scheduled fires a Cron Trigger on request (the feeds test polls through it).
      "--test-scheduled",
      ...Object.entries(options.vars ?? {}).flatMap(([k, v]) => ["--var", `${k}:${v}`]),
    ],
    { cwd: apiDir, env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`wrangler dev did not start:\n${output}`)),
      90_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Ready on http/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`wrangler dev exited with ${code}:\n${output}`));
    });
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    logs: () => output,
    stop: async () => {
      child.removeAllListeners("exit");
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => {
          child.kill("SIGKILL");
          resolve();
        }, 5_000).unref();
      });
      rmSync(persistTo, { recursive: true, force: true });
    },
  };
}
