import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

export const apiDir = path.resolve(import.meta.dirname, "..");

/** The compatibility date, read from the one place it lives (../wrangler.jsonc). */
export function compatibilityDate(): string {
  const text = readFileSync(path.join(apiDir, "wrangler.jsonc"), "utf8");
  const m = /"compatibility_date"\s*:\s*"([^"]+)"/.exec(text);
  if (!m?.[1]) throw new Error("no compatibility_date in wrangler.jsonc");
  return m[1];
}

const env = { ...process.env, WRANGLER_SEND_METRICS: "false", NO_UPDATE_NOTIFIER: "1" };
// The package's own wrangler binary: `npx` inside a pnpm script prints npm config warnings.
const WRANGLER = path.join(apiDir, "node_modules/.bin/wrangler");

/** Runs wrangler to completion with its output captured (shown only on failure). */
export function wrangler(args: string[], cwd = apiDir): string {
  try {
    return execFileSync(WRANGLER, args, {
      cwd,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 256 * 1024 * 1024,
    }).toString();
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(e.stdout?.toString() ?? "");
    process.stderr.write(e.stderr?.toString() ?? "");
    throw new Error(`wrangler ${args.slice(0, 3).join(" ")} failed`);
  }
}

/** A `wrangler dev` server on 127.0.0.1, stopped by `stop()` or killed outright by `kill()`. */
export type DevServer = { url: string; stop: () => Promise<void>; kill: () => Promise<void> };

/** Starts `wrangler dev` for a config and waits until `probe` answers. */
export async function startDev(opts: {
  config: string;
  port: number;
  persistTo: string;
  probe: string;
  /** Static assets to serve instead of the config's (e.g. an empty folder: no admin build). */
  assets?: string;
}): Promise<DevServer> {
  const child: ChildProcess = spawn(
    WRANGLER,
    [
      "dev",
      "--config",
      opts.config,
      "--ip",
      "127.0.0.1",
      "--port",
      String(opts.port),
      "--persist-to",
      opts.persistTo,
      "--compatibility-date",
      compatibilityDate(),
      "--show-interactive-dev-session=false",
      "--log-level",
      "warn",
      ...(opts.assets ? ["--assets", opts.assets] : []),
    ],
    { cwd: apiDir, env, stdio: ["ignore", "ignore", "inherit"], detached: true },
  );
  const url = `http://127.0.0.1:${opts.port}`;
  const stop = async () => {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  };
  // SIGKILL to the whole group (wrangler and its workerd): no chance to flush or clean up.
  const kill = async () => {
    if (!child.pid || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      return;
    }
    await exited;
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev for ${opts.config} exited early`);
    try {
      const res = await fetch(`${url}${opts.probe}`);
      await res.arrayBuffer();
      if (res.status < 500) return { url, stop, kill };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`wrangler dev for ${opts.config} did not start`);
}
