// Measures the admin's first-load JavaScript as a browser fetches it: every script and
// modulepreload that dist/admin/index.html references, gzipped. The product's bar is 150 KB;
// exits non-zero above it so CI's bench run catches a heavy dependency slipping in.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const LIMIT_BYTES = 150 * 1024;
const dist = path.join(import.meta.dirname, "../dist");
const html = readFileSync(path.join(dist, "admin/index.html"), "utf8");
const refs = [
  ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((m) => m[1]);

let total = 0;
for (const ref of new Set(refs)) {
  // Built URLs start with the vite base (/admin/), which is the dist/admin folder.
  const file = path.join(dist, ref.replace(/^\//, ""));
  const gz = gzipSync(readFileSync(file), { level: 9 }).length;
  total += gz;
  console.log(`${ref}  ${(gz / 1024).toFixed(1)} KB gzip`);
}
console.log(`first-load JS: ${(total / 1024).toFixed(1)} KB gzip (limit ${LIMIT_BYTES / 1024} KB)`);
if (refs.length === 0 || total > LIMIT_BYTES) process.exit(1);
