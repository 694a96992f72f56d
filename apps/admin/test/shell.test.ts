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

  it("serves the admin from the Worker and asks an anonymous visitor to log in", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${worker.origin}/admin/`);
    expect(response?.status()).toBe(200);
    await page.getByRole("heading", { name: "Log in" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/admin/login");
    await expect(page.title()).resolves.toContain("Factline admin");
  });

  it("serves the SPA for deep links and remembers them for after login", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${worker.origin}/admin/claims/clm_anything`);
    expect(response?.status()).toBe(200);
    await page.getByRole("heading", { name: "Log in" }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe("/admin/login");
    expect(url.searchParams.get("next")).toBe("/claims/clm_anything");
  });
});
