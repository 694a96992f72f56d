import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { demoId, loggedInContext } from "./support/session";
import { type RunningWorker, startWorker } from "./support/worker";

// `pnpm --filter @factline/admin screenshots` regenerates the README's pictures from the seed;
// the ordinary test run skips this file.
const OUT = path.resolve(import.meta.dirname, "../docs/screenshots");
const SEED_ARTICLE = readFileSync(
  path.resolve(import.meta.dirname, "../../../../shared/fixtures/seed-article.txt"),
  "utf8",
);
const SHOTS: { name: string; path: string; heading: RegExp }[] = [
  { name: "queue", path: "/admin/", heading: /Review queue/ },
  { name: "timeline", path: "/admin/timeline", heading: /Timeline/ },
  { name: "event", path: `/admin/events/${demoId("evt", 1)}`, heading: /Russia/ },
  { name: "conflicts", path: "/admin/conflicts", heading: /Conflicts/ },
  { name: "source-reader", path: `/admin/sources/${demoId("src", 1)}`, heading: /./ },
];

describe.runIf(process.env.FACTLINE_SCREENSHOTS === "1")("README screenshots", () => {
  let worker: RunningWorker;
  let browser: Browser;

  beforeAll(async () => {
    [worker, browser] = await Promise.all([startWorker({ seed: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  it("saves one picture per page", async () => {
    mkdirSync(OUT, { recursive: true });
    const { context } = await loggedInContext(
      () => browser.newContext({ viewport: { width: 1200, height: 800 } }),
      worker.origin,
      "admin",
    );
    const page = await context.newPage();
    for (const shot of SHOTS) {
      await page.goto(`${worker.origin}${shot.path}`);
      await page.getByRole("heading", { level: 1, name: shot.heading }).first().waitFor();
      await page.waitForLoadState("networkidle");
      const file = path.join(OUT, `${shot.name}.png`);
      const png = await page.screenshot({ path: file, fullPage: false });
      expect(png.length).toBeGreaterThan(1000);
    }
    // The ingest review: the seed article pasted and analysed (nothing is accepted).
    await page.goto(`${worker.origin}/admin/ingest`);
    await page.getByLabel("Article text").fill(SEED_ARTICLE);
    await page.getByRole("button", { name: "Analyse article" }).click();
    await page.getByRole("form", { name: "Review the ingest result" }).waitFor();
    await page.waitForLoadState("networkidle");
    const review = await page.screenshot({ path: path.join(OUT, "ingest-review.png") });
    expect(review.length).toBeGreaterThan(1000);
    await context.close();
  });
});
