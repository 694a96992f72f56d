import type { Claim } from "@factline/domain";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { type Api, demoId, loggedInContext } from "./support/session";
import { type RunningWorker, startWorker } from "./support/worker";

const ARTICLE = demoId("src", 1);
const RECOGNITION = demoId("evt", 1);

/** What has focus: its tag, its text, and whether it is the page's body (focus lost). */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      text: el?.textContent?.trim() ?? "",
      testid: el?.getAttribute("data-testid") ?? "",
      lost: !el || el === document.body,
    };
  });
}

describe("the review queue from the keyboard alone", () => {
  let worker: RunningWorker;
  let browser: Browser;

  beforeAll(async () => {
    [worker, browser] = await Promise.all([startWorker({ seed: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  async function claimInReview(api: Api, statement: string): Promise<Claim> {
    const created = await api("POST", "/admin/api/claims", {
      body: { text: statement, statement, sourceId: ARTICLE, eventIds: [RECOGNITION] },
      idempotencyKey: crypto.randomUUID(),
    });
    expect(created.status).toBe(201);
    const claim = created.json as Claim;
    const moved = await api("POST", `/admin/api/claims/${claim.id}/transition`, {
      body: { to: "in_review" },
      ifMatch: claim.version,
    });
    expect(moved.status).toBe(200);
    return moved.json as Claim;
  }

  it("searches, moves, opens, approves, goes on and rejects without a mouse; focus never lost", async () => {
    const editor = await loggedInContext(() => browser.newContext(), worker.origin, "editor");
    const first = await claimInReview(editor.api, "Keyboard test one: the embassy flag changed.");
    const reviewer = await loggedInContext(() => browser.newContext(), worker.origin, "reviewer");
    // Approval needs a verdict on record; the first claim gets one.
    const verdict = await reviewer.api("POST", `/admin/api/claims/${first.id}/reviews`, {
      body: { verdict: "true", rationale: "The embassy's own post shows the new flag." },
      ifMatch: first.version,
      idempotencyKey: crypto.randomUUID(),
    });
    expect(verdict.status).toBe(201);
    // Created after the verdict, so it waits after the first one in the queue.
    const second = await claimInReview(editor.api, "Keyboard test two: the envoy was received.");

    const page = await reviewer.context.newPage();
    await page.goto(`${worker.origin}/admin/`);
    await page.getByRole("link", { name: /Keyboard test one/ }).waitFor();

    await page.keyboard.press("/");
    await expect(focused(page)).resolves.toMatchObject({ tag: "input" });
    await page.keyboard.type("Keyboard test");
    await expect(page.locator("a[data-queue-item]").count()).resolves.toBe(2);
    await page.keyboard.press("Escape");
    await expect(focused(page)).resolves.toMatchObject({
      tag: "a",
      text: expect.stringMatching(/Keyboard test one/),
    });
    await page.keyboard.press("j");
    await expect(focused(page)).resolves.toMatchObject({
      text: expect.stringMatching(/Keyboard test two/),
    });
    await page.keyboard.press("k");
    await expect(focused(page)).resolves.toMatchObject({
      text: expect.stringMatching(/Keyboard test one/),
    });
    await page.keyboard.press("Enter");
    await page.waitForURL(`**/admin/claims/${first.id}`);
    await page.getByRole("heading", { level: 1, name: /Keyboard test one/ }).waitFor();

    // a: approve. The outcome is said and focused.
    await page.keyboard.press("a");
    const outcome = page.getByTestId("keyboard-outcome");
    await outcome.filter({ hasText: "Approved" }).waitFor();
    await expect(focused(page)).resolves.toMatchObject({ testid: "keyboard-outcome", lost: false });
    const approved = (await reviewer.api("GET", `/admin/api/claims/${first.id}`)).json as Claim;
    expect(approved.status).toBe("reviewed");

    // j: the next item of the queue, the second claim, which r sends back.
    await page.keyboard.press("j");
    await page.waitForURL(`**/admin/claims/${second.id}`);
    await page.getByRole("heading", { level: 1, name: /Keyboard test two/ }).waitFor();
    await page.keyboard.press("r");
    await outcome.filter({ hasText: "Rejected" }).waitFor();
    await expect(focused(page)).resolves.toMatchObject({ testid: "keyboard-outcome", lost: false });
    const rejected = (await reviewer.api("GET", `/admin/api/claims/${second.id}`)).json as Claim;
    expect(rejected.status).toBe("unreviewed");

    // ?: the shortcuts, closed again with Escape.
    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await help.waitFor();
    await page.keyboard.press("Escape");
    await help.waitFor({ state: "hidden" });
    await editor.context.close();
    await reviewer.context.close();
  });
});
