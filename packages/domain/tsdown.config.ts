import { defineConfig } from "tsdown";

// One ESM entry with its declarations; dependencies stay external (tsdown reads package.json),
// and `platform: "neutral"` keeps Node built-ins out so the same file runs in Workers and browsers.
export default defineConfig({
  entry: ["src/index.ts"],
  format: "esm",
  platform: "neutral",
  target: "es2022",
  dts: true,
  sourcemap: false,
  fixedExtension: false,
  clean: true,
});
