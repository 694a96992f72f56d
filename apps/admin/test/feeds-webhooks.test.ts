import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { loggedInContext } from "./support/session";
import { type RunningWorker, startWorker } from "./support/worker";

/**
 * A DNS-over-HTTPS answer for every name: one public address. `wrangler dev` runs offline here,
 * so this is what lets a feed and an endpoint on `.example` hosts pass the SSRF checks at
 * registration; the fetches themselves then fail (there is no such host), which is what the
 * feed's outcome and the delivery log must show.
 */
function startDoh(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const name = url.searchParams.get("name") ?? "";
    const type = url.searchParams.get("type") === "AAAA" ? 28 : 1;
    res.setHeader("content-type", "application/dns-json");
    res.end(
      JSON.stringify({
        Status: 0,
        Answer: type === 1 ? [{ name, type: 1, TTL: 60, data: "93.184.215.20" }] : [],
      }),
    );
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

describe("feeds and webhooks in the browser", () => {
  let worker: RunningWorker;
  let browser: Browser;
  let doh: Server;

  beforeAll(async () => {
    doh = await startDoh();
    const port = (doh.address() as AddressInfo).port;
    [worker, browser] = await Promise.all([
      startWorker({
        seed: true,
        vars: { DOH_ENDPOINT: `http://127.0.0.1:${port}/dns-query`, WEBHOOK_TIMEOUT_MS: "3000" },
      }),
      launchBrowser(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
    await new Promise((r) => doh?.close(r));
  });

  it("registers a feed, polls it through the Cron Trigger and shows the poll's outcome", async () => {
    const { context } = await loggedInContext(() => browser.newContext(), worker.origin, "admin");
    const page = await context.newPage();
    await page.goto(`${worker.origin}/admin/`);
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Feeds" })
      .click();
    const form = page.getByRole("form", { name: "Watch a feed" });
    await form.getByLabel("Feed URL").fill("http://localhost/feed.xml");
    await form.getByRole("button", { name: "Watch feed" }).click();
    // The URL-ingest rules: a local host is refused, and the form says why.
    await form.getByRole("alert").filter({ hasText: "local host name" }).waitFor();

    await form.getByLabel("Feed URL").fill("https://feeds.example/rss.xml");
    await form.getByRole("button", { name: "Watch feed" }).click();
    const row = page.getByRole("row").filter({ hasText: "https://feeds.example/rss.xml" });
    await row.getByTestId("feed-outcome").filter({ hasText: "not polled yet" }).waitFor();

    const cron = await fetch(`${worker.origin}/__scheduled?cron=*/5+*+*+*+*`);
    expect(cron.status).toBe(200);
    await page.getByRole("button", { name: "Refresh" }).click();
    // Offline, the publisher cannot be reached: the poll's error is on the feed, which backs off.
    await row.getByTestId("feed-outcome").filter({ hasText: "error:" }).waitFor();
    await page.getByRole("heading", { name: "Dead letters" }).waitFor();
    await context.close();
  });

  it("registers an endpoint, shows its secret once, sends a test event and shows the delivery log", async () => {
    const { context } = await loggedInContext(() => browser.newContext(), worker.origin, "admin");
    const page = await context.newPage();
    await page.goto(`${worker.origin}/admin/webhooks`);
    const form = page.getByRole("form", { name: "New webhook endpoint" });
    await form.getByLabel("Endpoint URL").fill("https://hooks.example/inbox");
    await form.getByRole("button", { name: "Register endpoint" }).click();
    await page.getByTestId("webhook-secret").filter({ hasText: "whsec_" }).waitFor();

    const item = page.getByRole("listitem").filter({ hasText: "https://hooks.example/inbox" });
    await item.getByRole("button", { name: "Send test event" }).click();
    const log = item.getByRole("region", { name: "Delivery log of https://hooks.example/inbox" });
    // The attempt fails (no such host offline) and the log says so; refresh until it has run.
    const attempted = log
      .getByRole("row")
      .filter({ hasText: "webhook.test" })
      .filter({
        hasText: /could not be reached|no answer within/,
      });
    for (let i = 0; i < 40 && (await attempted.count()) === 0; i++) {
      await log.getByRole("button", { name: "Refresh log" }).click();
      await page.waitForTimeout(500);
    }
    await attempted.waitFor();
    await context.close();
  });
});
