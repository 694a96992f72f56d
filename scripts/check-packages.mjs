#!/usr/bin/env node
// Checks the publishable packages the way the ecosystem will see them: builds each, packs it
// with pnpm (which applies publishConfig and rewrites workspace: ranges), then runs publint and
// @arethetypeswrong/cli on the tarball and holds its minified + gzipped size to a budget.
// Usage: pnpm check:packages [--keep DIR]   (--keep leaves the tarballs in DIR for examples/)
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
// Budgets in gzip bytes of the minified entry, dependencies (zod, …) left out: what a consumer's
// bundle grows by. Ingest carries its gazetteer and language data, so its budget is its own: 110 KB
// since the multilingual round (modality, subjectivity, date and boilerplate data for eight
// languages took it from 86 to 101 KB).
const PACKAGES = [
  { dir: "packages/domain", budget: 20 * 1024 },
  { dir: "packages/ingest", budget: 110 * 1024 },
  { dir: "packages/client", budget: 8 * 1024 },
];

const keepAt = process.argv.indexOf("--keep");
const out =
  keepAt > 0 ? path.resolve(process.argv[keepAt + 1]) : mkdtempSync(path.join(tmpdir(), "pack-"));
mkdirSync(out, { recursive: true });
const run = (cmd, args, cwd = root) =>
  execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });

let failed = false;
const rows = [];
for (const pkg of PACKAGES) {
  const cwd = path.join(root, pkg.dir);
  const name = JSON.parse(readFileSync(path.join(cwd, "package.json"), "utf8")).name;
  console.log(`\n== ${name}`);
  run("pnpm", ["run", "--silent", "build"], cwd);
  const packed = run("pnpm", ["pack", "--pack-destination", out], cwd).trim().split("\n").at(-1);
  const tarball = path.isAbsolute(packed) ? packed : path.join(out, path.basename(packed));

  const unpacked = mkdtempSync(path.join(tmpdir(), "unpacked-"));
  run("tar", ["-xzf", tarball, "-C", unpacked]);
  const dir = path.join(unpacked, "package");
  const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
  const entry = manifest.exports?.["."]?.import;
  if (typeof entry !== "string" || !entry.startsWith("./dist/")) {
    console.error(`${name}: the packed exports do not point at dist/ (${JSON.stringify(entry)})`);
    failed = true;
  }
  const workspaceRanges = Object.values(manifest.dependencies ?? {}).filter((v) =>
    String(v).startsWith("workspace:"),
  );
  if (workspaceRanges.length > 0) {
    console.error(`${name}: workspace: ranges left in the packed package.json`);
    failed = true;
  }

  for (const [cmd, args] of [
    ["publint", ["run", "--strict", tarball]],
    ["attw", [tarball, "--profile", "esm-only"]],
  ]) {
    try {
      // Through pnpm exec, so the workspace's pinned tools run however this script is started.
      process.stdout.write(run("pnpm", ["exec", cmd, ...args]));
    } catch (e) {
      process.stdout.write(String(e.stdout ?? ""));
      console.error(`${name}: ${cmd} failed`);
      failed = true;
    }
  }

  const bundle = await build({
    entryPoints: [path.join(dir, entry ?? "dist/index.js")],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    external: Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }),
    logLevel: "error",
  });
  const gzip = gzipSync(bundle.outputFiles[0].contents, { level: 9 }).length;
  const ok = gzip <= pkg.budget;
  if (!ok) failed = true;
  rows.push(
    `${ok ? "ok  " : "OVER"} ${name.padEnd(18)} ${(gzip / 1024).toFixed(1).padStart(6)} KB gzip (budget ${pkg.budget / 1024} KB)  ${path.basename(tarball)}`,
  );
  rmSync(unpacked, { recursive: true, force: true });
}

console.log(`\n${rows.join("\n")}`);
if (keepAt < 0) rmSync(out, { recursive: true, force: true });
else console.log(`tarballs in ${out}`);
if (failed) {
  console.error("check:packages failed");
  process.exit(1);
}
