import type { Event } from "@factline/domain";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { loggedInContext } from "./support/session";
import { type RunningWorker, startWorker } from "./support/worker";

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("page layout at common desktop widths", () => {
  let worker: RunningWorker;
  let browser: Browser;

  beforeAll(async () => {
    [worker, browser] = await Promise.all([startWorker({ seed: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  it.each([1280, 1024, 1440])(
    "the event page's edit form and workflow column never overlap at %i px",
    async (width) => {
      const { context, api } = await loggedInContext(
        () => browser.newContext({ viewport: { width, height: 900 } }),
        worker.origin,
        "admin",
      );
      // A draft with a long title and several actors: the workflow column then has its buttons
      // and note field beside the widest form.
      const actors = (
        (await api("GET", "/admin/api/actors?limit=3")).json as { data: { id: string }[] }
      ).data.map((a, i) => ({ actorId: a.id, role: i === 0 ? "initiator" : "participant" }));
      const r = await api("POST", "/admin/api/events", {
        body: {
          title: `A deliberately long event title that wraps across the edit column ${width}`,
          kind: "diplomacy.recognition",
          date: "2025-07-04",
          places: ["RU", "AF"],
          actors,
        },
      });
      const draft = r.json as Event;
      // In review, the workflow column is at its widest: publish, back to draft and a note.
      const moved = await api("POST", `/admin/api/events/${draft.id}/transition`, {
        body: { to: "in_review" },
        ifMatch: draft.version,
      });
      const event = moved.json as Event;
      const page = await context.newPage();
      await page.goto(`${worker.origin}/admin/events/${event.id}`);
      const form = page.locator("section[aria-labelledby=edit-heading]");
      const side = page.locator(".columns > div").first();
      await form.waitFor();
      const [a, b] = [await form.boundingBox(), await side.boundingBox()];
      expect(a && b).toBeTruthy();
      expect(overlaps(a as Box, b as Box)).toBe(false);
      // Nothing inside the form sticks out of it into the next column.
      const widest = await form.evaluate((el) =>
        Math.max(...[...el.querySelectorAll("*")].map((c) => c.getBoundingClientRect().right)),
      );
      expect(widest).toBeLessThanOrEqual((a as Box).x + (a as Box).width + 1);
      if (width === 1280) await page.screenshot({ path: "/tmp/event-1280.png", fullPage: true });
      await context.close();
    },
  );
});
