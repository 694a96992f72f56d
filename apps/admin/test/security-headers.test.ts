import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { type RunningWorker, startWorker } from "./support/worker";

describe("admin pages carry their security headers", () => {
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

  it("sends a CSP, refuses framing and sniffing on the page and its assets", async () => {
    for (const path of ["/admin/", "/admin/claims/clm_anything"]) {
      const res = await fetch(`${worker.origin}${path}`);
      expect(res.status).toBe(200);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      const script = (await res.text()).match(/src="(\/admin\/assets\/[^"]+\.js)"/)?.[1];
      expect(script).toBeTruthy();
      const asset = await fetch(`${worker.origin}${script}`);
      expect(asset.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it("runs under that CSP without a single violation", async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (m.text().includes("Content Security Policy")) violations.push(m.text());
    });
    await page.goto(`${worker.origin}/admin/`);
    await page.getByRole("heading", { name: "Log in" }).waitFor();
    expect(violations).toEqual([]);
  });
});
