import { defineConfig } from "drizzle-kit";

// drizzle-kit writes plain NNNN_name.sql files into the folder wrangler applies migrations from.
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/db/schema/index.ts",
  out: "./migrations",
  casing: "snake_case",
});
