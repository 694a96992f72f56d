import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe";
import { launchBrowser } from "./support/browser";
import { demoId, loggedInContext } from "./support/session";
import { type RunningWorker, startWorker } from "./support/worker";

// Every page of the admin, with what to wait for before axe looks at it.
const PAGES: { path: string; ready: string }[] = [
  { path: "/admin/", ready: "Review queue" },
  { path: "/admin/events", ready: "Events" },
  { path: `/admin/events/${demoId("evt", 1)}`, ready: "Russia formally recognizes" },
  { path: `/admin/claims/${demoId("clm", 3)}`, ready: "" },
  { path: `/admin/sources/${demoId("src", 1)}`, ready: "" },
  { path: "/admin/conflicts", ready: "Conflicts" },
  { path: "/admin/timeline", ready: "Timeline" },
  { path: "/admin/ingest", ready: "Ingest" },
  { path: "/admin/users", ready: "Users" },
  { path: "/admin/feeds", ready: "Feeds" },
  { path: "/admin/webhooks", ready: "Webhooks" },
];

describe("accessibility (axe-core) on every admin page", () => {
  let worker: RunningWorker;
  let browser: Browser;

  beforeAll(async () => {
    [worker, browser] = await Promise.all([startWorker({ seed: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  it("finds no serious or critical violations on the login page", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${worker.origin}/admin/login`);
    await page.getByLabel("Email").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("finds no serious or critical violations on any signed-in page", async () => {
    const { context } = await loggedInContext(() => browser.newContext(), worker.origin, "admin");
    const page = await context.newPage();
    const found: Record<string, unknown> = {};
    for (const p of PAGES) {
      await page.goto(`${worker.origin}${p.path}`);
      await page
        .getByRole("heading", { level: 1, name: new RegExp(p.ready) })
        .first()
        .waitFor();
      await page.waitForLoadState("networkidle");
      const violations = await seriousViolations(page);
      if (violations.length) found[p.path] = violations;
    }
    // The shortcuts dialog, open.
    await page.goto(`${worker.origin}/admin/`);
    await page.getByRole("heading", { level: 1, name: "Review queue" }).waitFor();
    await page.keyboard.press("?");
    await page.getByRole("dialog").waitFor();
    const dialog = await seriousViolations(page);
    if (dialog.length) found["shortcuts dialog"] = dialog;
    expect(found).toEqual({});
    await context.close();
  });
});
