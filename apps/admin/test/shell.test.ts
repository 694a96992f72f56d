import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { type RunningWorker, startWorker } from "./support/worker";

describe("admin shell in a real browser", () => {
  let worker: RunningWorker;
  let browser: Browser;

  beforeAll(async () => {
    worker = await startWorker();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  it("renders the admin page from the Worker and shows the API's health from D1", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${worker.origin}/admin/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Factline admin" }).textContent()).resolves.toBe(
      "Factline admin",
    );
    await page.getByTestId("api-status").filter({ hasText: "API ok" }).waitFor({ timeout: 15_000 });
    const verdicts = await page
      .getByRole("list", { name: "Verdict scale" })
      .getByRole("listitem")
      .allTextContents();
    expect(verdicts).toContain("Mostly true");
  });

  it("serves the SPA for deep links under /admin", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${worker.origin}/admin/claims/clm_anything`);
    expect(response?.status()).toBe(200);
    await page.getByRole("heading", { name: "Factline admin" }).waitFor();
  });
});
