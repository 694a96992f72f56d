// Copies Swagger UI's script and stylesheet into the build output, so the API Worker's /docs
// page works offline (no CDN): the Worker serves them from its assets at /docs-assets/.
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const from = path.dirname(require.resolve("swagger-ui-dist/package.json"));
const to = path.join(import.meta.dirname, "../dist/docs-assets");
mkdirSync(to, { recursive: true });
for (const file of ["swagger-ui.css", "swagger-ui-bundle.js", "favicon-32x32.png", "LICENSE"]) {
  copyFileSync(path.join(from, file), path.join(to, file));
}
console.log(`docs assets copied to ${path.relative(process.cwd(), to)}`);
