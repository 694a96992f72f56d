import type { Claim, Event } from "@factline/domain";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { type Api, loggedInContext } from "./support/session";
import { type RunningWorker, startWorker } from "./support/worker";

async function findEvent(api: Api, q: string): Promise<Event> {
  const r = await api("GET", `/admin/api/events?q=${encodeURIComponent(q)}`);
  const event = (r.json as { data?: Event[] }).data?.[0];
  if (!event) throw new Error(`no event matching ${q}: ${r.status} ${JSON.stringify(r.json)}`);
  return event;
}

describe("server state: the change banner and refetching", () => {
  let worker: RunningWorker;
  let browser: Browser;

  beforeAll(async () => {
    [worker, browser] = await Promise.all([startWorker({ seed: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  it("shows 'changed since you opened it' before the editor saves, when a colleague's browser saved", async () => {
    const first = await loggedInContext(() => browser.newContext(), worker.origin, "reviewer");
    const second = await loggedInContext(() => browser.newContext(), worker.origin, "admin");
    const event = await findEvent(first.api, "Taliban take control");

    const mine = await first.context.newPage();
    await mine.goto(`${worker.origin}/admin/events/${event.id}`);
    const myForm = mine.getByRole("form", { name: "Edit event" });
    await myForm.getByLabel("Summary").fill("My unsaved summary");
    await expect(mine.getByTestId("changed-banner").count()).resolves.toBe(0);

    // The colleague edits the same event in their own browser and saves.
    const theirs = await second.context.newPage();
    await theirs.goto(`${worker.origin}/admin/events/${event.id}`);
    const theirForm = theirs.getByRole("form", { name: "Edit event" });
    await theirForm.getByLabel("Title").fill("Taliban take control (edited by a colleague)");
    await theirForm.getByRole("button", { name: "Save changes" }).click();
    await theirs
      .getByRole("list", { name: "Revisions" })
      .getByRole("listitem", { name: `Version ${event.version + 1}` })
      .waitFor();

    // The first editor has not saved: the banner comes from polling, not from a 412.
    const banner = mine.getByTestId("changed-banner");
    await banner.waitFor({ timeout: 15_000 });
    await expect(banner.textContent()).resolves.toContain(`version ${event.version + 1}`);
    await expect(myForm.getByLabel("Summary").inputValue()).resolves.toBe("My unsaved summary");
    // The colleague's own screen shows no banner for their own save.
    await expect(theirs.getByTestId("changed-banner").count()).resolves.toBe(0);

    await banner.getByRole("button", { name: /Load version/ }).click();
    await expect
      .poll(() => myForm.getByLabel("Title").inputValue())
      .toBe("Taliban take control (edited by a colleague)");
    await banner.waitFor({ state: "detached" });
    await first.context.close();
    await second.context.close();
  });

  it("raises the banner on a claim's screen too (a draft's edit, which the public feed never lists)", async () => {
    const { context, api } = await loggedInContext(
      () => browser.newContext(),
      worker.origin,
      "admin",
    );
    const event = await findEvent(api, "Taliban take control");
    const sources = (await api("GET", "/admin/api/sources")).json as { data: { id: string }[] };
    const created = await api("POST", "/admin/api/claims", {
      body: {
        text: "A draft claim to be edited twice.",
        eventIds: [event.id],
        sourceId: sources.data[0]?.id,
      },
      idempotencyKey: crypto.randomUUID(),
    });
    expect(created.status).toBe(201);
    const claim = created.json as Claim;
    const page = await context.newPage();
    await page.goto(`${worker.origin}/admin/claims/${claim.id}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    const edit = await api("PATCH", `/admin/api/claims/${claim.id}`, {
      body: { text: "A draft claim, edited elsewhere." },
      ifMatch: claim.version,
    });
    expect(edit.status).toBe(200);
    await page.getByTestId("changed-banner").waitFor({ timeout: 15_000 });
    await context.close();
  });

  it("refetches a list when the tab becomes visible again, without a reload", async () => {
    const { context, api } = await loggedInContext(
      () => browser.newContext(),
      worker.origin,
      "admin",
    );
    const page = await context.newPage();
    await page.goto(`${worker.origin}/admin/events`);
    const list = page.getByRole("table");
    await list.getByRole("link", { name: /Russia formally recognizes/ }).waitFor();
    const event = await findEvent(api, "Russia formally recognizes");
    const renamed = `${event.title} (renamed while the tab was away)`;
    const r = await api("PATCH", `/admin/api/events/${event.id}`, {
      body: { title: renamed },
      ifMatch: event.version,
    });
    expect(r.status).toBe(200);
    await expect(list.getByRole("link", { name: renamed }).count()).resolves.toBe(0);
    // Coming back to the tab (TanStack Query listens for visibilitychange) refetches stale lists.
    await expect
      .poll(
        async () => {
          await page.evaluate(() =>
            document.dispatchEvent(new Event("visibilitychange", { bubbles: true })),
          );
          return list.getByRole("link", { name: renamed }).count();
        },
        { timeout: 15_000, interval: 1_000 },
      )
      .toBe(1);
    await context.close();
  });
});
