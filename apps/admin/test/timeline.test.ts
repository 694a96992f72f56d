import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { loggedInContext } from "./support/session";
import { type RunningWorker, startWorker } from "./support/worker";

/** The bars as drawn: id, precision, x and width in the SVG's units, in drawing order. */
async function bars(page: Page) {
  return page.getByTestId("timeline-event").evaluateAll((nodes) =>
    nodes.map((n) => ({
      id: n.getAttribute("data-event-id") ?? "",
      precision: n.getAttribute("data-precision") ?? "",
      x: Number(n.getAttribute("data-x")),
      width: Number(n.getAttribute("data-width")),
      label: n.querySelector("text")?.textContent ?? "",
    })),
  );
}

describe("the timeline", () => {
  let worker: RunningWorker;
  let browser: Browser;

  beforeAll(async () => {
    [worker, browser] = await Promise.all([startWorker({ seed: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  it("draws the seed's story in order, the decade as a span and the 3/4 July conflict side by side", async () => {
    const { context } = await loggedInContext(() => browser.newContext(), worker.origin, "editor");
    const page = await context.newPage();
    await page.goto(`${worker.origin}/admin/timeline`);
    await page.getByTestId("timeline-event").first().waitFor();

    const drawn = await bars(page);
    const story = [/first rule/, /invasion/, /take control/, /recognizes/];
    expect(drawn.map((b) => story.findIndex((re) => re.test(b.label)))).toEqual([0, 1, 2, 3]);
    // On the axis, left to right in the same order.
    expect(drawn.map((b) => b.x)).toEqual([...drawn.map((b) => b.x)].sort((a, b) => a - b));

    // The 1990s are drawn as ten years: about ten times the width of the year 2001.
    const decade = drawn.find((b) => b.precision === "decade");
    const year = drawn.find((b) => b.precision === "year");
    expect(decade && year).toBeTruthy();
    const ratio = (decade?.width ?? 0) / (year?.width ?? 1);
    expect(ratio).toBeGreaterThan(9.5);
    expect(ratio).toBeLessThan(10.5);

    // The open date conflict: both values shown, and said in the text list too.
    const values = page.getByTestId("timeline-conflict-value");
    // Conflicts arrive in their own request: wait for them to be drawn before reading them.
    await values.nth(1).waitFor();
    await expect(
      values.evaluateAll((n) => n.map((e) => e.getAttribute("data-value"))),
    ).resolves.toEqual(["2025-07-03", "2025-07-04"]);
    const list = page.getByTestId("timeline-list");
    await expect(list.getByRole("listitem").nth(3).textContent()).resolves.toMatch(
      /date disputed: 2025-07-03 \(\d claims?\) vs 2025-07-04 \(\d claims?\)/,
    );

    // Zoomed to days the two values stand side by side, a day apart.
    await page.getByRole("button", { name: "Days" }).click();
    await expect
      .poll(() => values.evaluateAll((n) => n.map((e) => Number(e.getAttribute("data-x")))))
      .toSatisfy((xs: number[]) => xs.length === 2 && (xs[1] ?? 0) - (xs[0] ?? 0) > 20);

    // Filters: one kind leaves one event.
    await page.getByRole("button", { name: "Decades" }).click();
    await page.getByLabel("Kind", { exact: true }).selectOption("conflict.invasion");
    await expect.poll(async () => (await bars(page)).length).toBe(1);
    await page.getByLabel("Kind", { exact: true }).selectOption("");

    // Click through to the event.
    const recognition = page.getByTestId("timeline-event").filter({ hasText: "recognizes" });
    const id = await recognition.getAttribute("data-event-id");
    await recognition.locator("rect").click();
    await page.waitForURL(`**/admin/events/${id}`);
    // The event page has its own timeline, centred on it, with the events it relates to.
    await page.getByRole("heading", { name: "Timeline" }).waitFor();
    await expect.poll(async () => (await bars(page)).length).toBeGreaterThan(1);
    await context.close();
  });
});
