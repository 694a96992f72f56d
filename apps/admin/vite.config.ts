import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The API Worker serves this build under /admin, on the same origin as /admin/api, so session
// cookies stay first-party and CSRF checks can rely on Origin.
export default defineConfig({
  base: "/admin/",
  plugins: [react()],
  build: { outDir: "dist/admin", emptyOutDir: true },
});
