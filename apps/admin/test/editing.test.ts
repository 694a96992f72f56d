import type { Event } from "@factline/domain";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { type Api, demoId, loggedInContext } from "./support/session";
import { type RunningWorker, startWorker } from "./support/worker";

// Searched by a short prefix: D1 refuses LIKE patterns over 50 bytes (reported to the API).
const RECOGNITION = "Russia formally recognizes";

describe("editing an event in the browser", () => {
  let worker: RunningWorker;
  let browser: Browser;

  beforeAll(async () => {
    [worker, browser] = await Promise.all([startWorker({ seed: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  async function findEvent(api: Api, q: string): Promise<Event> {
    const r = await api("GET", `/admin/api/events?q=${encodeURIComponent(q)}`);
    const event = (r.json as { data?: Event[] }).data?.[0];
    if (!event) throw new Error(`no event matching ${q}: ${r.status} ${JSON.stringify(r.json)}`);
    return event;
  }

  it("saves an edit and shows it as a before/after diff in the revision history", async () => {
    const { context, api } = await loggedInContext(
      () => browser.newContext(),
      worker.origin,
      "reviewer",
    );
    const event = await findEvent(api, "Taliban take control");
    const page = await context.newPage();
    await page.goto(`${worker.origin}/admin/events/${event.id}`);
    const form = page.getByRole("form", { name: "Edit event" });
    const title = form.getByLabel("Title");
    await title.fill("The Taliban take control of Afghanistan again");
    await form.getByRole("button", { name: "Save changes" }).click();

    const revisions = page.getByRole("list", { name: "Revisions" });
    const latest = revisions.getByRole("listitem", { name: `Version ${event.version + 1}` });
    await latest.waitFor();
    await expect(latest.getByRole("heading").count()).resolves.toBe(0);
    const row = latest.getByRole("row", { name: /title/ });
    await expect(row.getByRole("cell").allTextContents()).resolves.toEqual([
      event.title,
      "The Taliban take control of Afghanistan again",
    ]);
    await expect(latest.textContent()).resolves.toContain("Rae Reviewer");
    const stored = await findEvent(api, "again");
    expect(stored.version).toBe(event.version + 1);

    // Actors are edited as rows; the revision shows the whole new list.
    await form.getByRole("button", { name: "Add actor" }).click();
    const n = event.actors.length + 1;
    await form.getByLabel(`Actor ${n}`, { exact: true }).selectOption({ label: "Pakistan" });
    await form.getByLabel(`Role of actor ${n}`).selectOption("participant");
    await form.getByRole("button", { name: "Save changes" }).click();
    const third = revisions.getByRole("listitem", { name: `Version ${event.version + 2}` });
    await third.waitFor();
    const pakistan = demoId("act", 8);
    await expect(third.getByRole("row", { name: /actors/ }).textContent()).resolves.toContain(
      pakistan,
    );
    const withActor = (await api("GET", `/admin/api/events/${event.id}`)).json as Event;
    expect(withActor.actors).toContainEqual({ actorId: pakistan, role: "participant" });
    await context.close();
  });

  it("keeps the editor's input and explains a 412 when the event changed since it loaded", async () => {
    const { context, api } = await loggedInContext(
      () => browser.newContext(),
      worker.origin,
      "admin",
    );
    const event = await findEvent(api, "U.S.-led invasion");
    const page = await context.newPage();
    await page.goto(`${worker.origin}/admin/events/${event.id}`);
    const form = page.getByRole("form", { name: "Edit event" });
    await form.getByLabel("Title").waitFor();

    // Someone else changes the summary while this page has the old version.
    const other = await api("PATCH", `/admin/api/events/${event.id}`, {
      body: { summary: "Changed behind the editor's back." },
      ifMatch: event.version,
    });
    expect(other.status).toBe(200);

    await form.getByLabel("Title").fill("U.S.-led invasion of Afghanistan (2001)");
    await form.getByRole("button", { name: "Save changes" }).click();
    const notice = form.getByRole("alert").filter({ hasText: "changed since you loaded it" });
    await notice.waitFor();
    await expect(form.getByLabel("Title").inputValue()).resolves.toBe(
      "U.S.-led invasion of Afghanistan (2001)",
    );

    await notice.getByRole("button", { name: "Compare with the current version" }).click();
    const compare = notice.getByRole("table", { name: "Your changes and the current version" });
    await expect(compare.getByRole("row", { name: /Summary/ }).textContent()).resolves.toContain(
      "Changed behind the editor's back.",
    );

    // Applying the edit on top of the current version keeps both changes.
    await notice.getByRole("button", { name: "Keep my changes and save again" }).click();
    await page
      .getByRole("list", { name: "Revisions" })
      .getByRole("listitem", { name: `Version ${event.version + 2}` })
      .waitFor();
    const stored = (await api("GET", `/admin/api/events/${event.id}`)).json as Event;
    expect(stored.title).toBe("U.S.-led invasion of Afghanistan (2001)");
    expect(stored.summary).toBe("Changed behind the editor's back.");
    await context.close();
  });

  it("blocks an impossible date like 2025-02-30 before sending, with the message at the field", async () => {
    const { context, api } = await loggedInContext(
      () => browser.newContext(),
      worker.origin,
      "admin",
    );
    const event = await findEvent(api, RECOGNITION);
    const page = await context.newPage();
    let patched = false;
    page.on("request", (r) => {
      if (r.method() === "PATCH") patched = true;
    });
    await page.goto(`${worker.origin}/admin/events/${event.id}`);
    const form = page.getByRole("form", { name: "Edit event" });
    const date = form.getByLabel("Date");
    await date.fill("2025-02-30");
    await form.getByRole("button", { name: "Save changes" }).click();

    await expect(date.getAttribute("aria-invalid")).resolves.toBe("true");
    const ids = ((await date.getAttribute("aria-describedby")) ?? "").split(" ");
    const message = page.locator(`[id="${ids[0]}"]`);
    await expect(message.textContent()).resolves.toBe(
      "February 2025 has 28 days, so day 30 does not exist",
    );
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute("aria-invalid")),
    ).resolves.toBe("true");
    expect(patched).toBe(false);
    const stored = (await api("GET", `/admin/api/events/${event.id}`)).json as Event;
    expect(stored.version).toBe(event.version);
    expect(stored.date?.value).toBe("2025-07-04");
    await context.close();
  });

  it("shows the server's field errors next to the fields (a slug already taken)", async () => {
    const { context, api } = await loggedInContext(
      () => browser.newContext(),
      worker.origin,
      "admin",
    );
    const event = await findEvent(api, "first rule");
    const taken = await findEvent(api, RECOGNITION);
    const page = await context.newPage();
    await page.goto(`${worker.origin}/admin/events/${event.id}`);
    const form = page.getByRole("form", { name: "Edit event" });
    const slug = form.getByLabel("Slug");
    await slug.fill(taken.slug);
    await form.getByRole("button", { name: "Save changes" }).click();
    await page.locator('[aria-invalid="true"]').waitFor();
    await expect(slug.getAttribute("aria-invalid")).resolves.toBe("true");
    const ids = ((await slug.getAttribute("aria-describedby")) ?? "").split(" ");
    await expect(page.locator(`[id="${ids[0]}"]`).textContent()).resolves.toMatch(/slug/);
    await context.close();
  });

  it("creates an event from the events page and opens it as a draft", async () => {
    const { context } = await loggedInContext(() => browser.newContext(), worker.origin, "editor");
    const page = await context.newPage();
    await page.goto(`${worker.origin}/admin/events`);
    await page.getByRole("button", { name: "New event" }).click();
    const form = page.getByRole("form", { name: "New event" });
    await form.getByLabel("Title").fill("Test ministers meet in Kabul");
    await form.getByLabel("Kind").selectOption("diplomacy.meeting");
    await form.getByLabel("Date").fill("2025-07");
    await form.getByLabel("Places").fill("af");
    await form.getByRole("button", { name: "Create event" }).click();
    await page.getByRole("heading", { name: "Test ministers meet in Kabul" }).waitFor();
    await expect(page.locator(".meta").textContent()).resolves.toContain("July 2025");
    await page.getByRole("button", { name: "Submit for review" }).waitFor();

    // A claim about the new event: the domain schema wants its text and a claimant first.
    await page.locator("summary", { hasText: "New claim" }).click();
    const claimForm = page.getByRole("form", { name: "New claim" });
    await claimForm.getByRole("button", { name: "Create claim" }).click();
    await expect(claimForm.getByLabel("Claim text").getAttribute("aria-invalid")).resolves.toBe(
      "true",
    );
    await claimForm.getByLabel("Claim text").fill("Ministers from both countries met in Kabul.");
    await claimForm.getByRole("button", { name: "Create claim" }).click();
    await claimForm.getByText("a claim needs a claimant: sourceId or actorId").waitFor();
    await claimForm.getByLabel("Said by (source)").selectOption({
      label: "Russia Officially Recognizes Taliban Government in Afghanistan",
    });
    await claimForm.getByRole("button", { name: "Create claim" }).click();
    await page
      .getByRole("heading", { name: "Ministers from both countries met in Kabul.", level: 1 })
      .waitFor();
    await page.getByRole("link", { name: "Test ministers meet in Kabul" }).waitFor();
    await context.close();
  });

  it("restores an earlier version as a new revision", async () => {
    const { context, api } = await loggedInContext(
      () => browser.newContext(),
      worker.origin,
      "reviewer",
    );
    const event = await findEvent(api, RECOGNITION);
    const edited = await api("PATCH", `/admin/api/events/${event.id}`, {
      body: { summary: "A summary that should be undone." },
      ifMatch: event.version,
    });
    expect(edited.status).toBe(200);
    const page = await context.newPage();
    await page.goto(`${worker.origin}/admin/events/${event.id}`);
    const revisions = page.getByRole("list", { name: "Revisions" });
    await revisions
      .getByRole("listitem", { name: `Version ${event.version}` })
      .getByRole("button", { name: `Restore version ${event.version}` })
      .click();
    const restored = revisions.getByRole("listitem", { name: `Version ${event.version + 2}` });
    await restored.getByText(`Version ${event.version + 2}: Restored`).waitFor();
    await expect(
      restored
        .getByRole("row", { name: /summary/ })
        .getByRole("cell")
        .allTextContents(),
    ).resolves.toEqual(["A summary that should be undone.", event.summary]);
    // The form shows the restored fields.
    await expect(
      page.getByRole("form", { name: "Edit event" }).getByLabel("Summary").inputValue(),
    ).resolves.toBe(event.summary);
    await context.close();
  });

  it("reuses the Idempotency-Key when a create is retried after a lost response", async () => {
    const { context, api } = await loggedInContext(
      () => browser.newContext(),
      worker.origin,
      "editor",
    );
    const page = await context.newPage();
    const keys: string[] = [];
    let dropped = false;
    // The first answer is lost on the way back (the server did create the event).
    await page.route("**/admin/api/events", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      keys.push(route.request().headers()["idempotency-key"] ?? "");
      if (dropped) return route.continue();
      dropped = true;
      await route.fetch();
      return route.abort("connectionreset");
    });
    await page.goto(`${worker.origin}/admin/events`);
    await page.getByRole("button", { name: "New event" }).click();
    const form = page.getByRole("form", { name: "New event" });
    await form.getByLabel("Title").fill("Test retry creates one event");
    await form.getByRole("button", { name: "Create event" }).click();
    await form.getByRole("alert").filter({ hasText: "Could not reach the server" }).waitFor();
    await form.getByRole("button", { name: "Create event" }).click();
    await page.getByRole("heading", { name: "Test retry creates one event" }).waitFor();

    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    const found = (await api("GET", "/admin/api/events?q=Test%20retry")).json as { data: Event[] };
    expect(found.data).toHaveLength(1);
    await context.close();
  });

  it("publishes an event through review, after which the public API serves it", async () => {
    const editor = await loggedInContext(() => browser.newContext(), worker.origin, "editor");
    const created = await editor.api("POST", "/admin/api/events", {
      body: {
        title: "Test event on its way to readers",
        kind: "diplomacy.statement",
        date: "2025-07",
      },
      idempotencyKey: crypto.randomUUID(),
    });
    expect(created.status).toBe(201);
    const event = created.json as Event;
    const publicUrl = `${worker.origin}/v1/events/${event.id}`;
    expect((await editor.context.request.get(publicUrl)).status()).toBe(404);

    const page = await editor.context.newPage();
    await page.goto(`${worker.origin}/admin/events/${event.id}`);
    await page.getByRole("button", { name: "Submit for review" }).click();
    await page.locator(".meta").filter({ hasText: "In review" }).waitFor();
    // Editors may send it back but not publish it.
    await page.getByRole("button", { name: "Back to draft" }).waitFor();
    await expect(page.getByRole("button", { name: "Publish" }).count()).resolves.toBe(0);
    await editor.context.close();

    const reviewer = await loggedInContext(() => browser.newContext(), worker.origin, "reviewer");
    const rp = await reviewer.context.newPage();
    await rp.goto(`${worker.origin}/admin/events/${event.id}`);
    await rp.getByRole("button", { name: "Publish" }).click();
    await rp.locator(".meta").filter({ hasText: "Published" }).waitFor();
    const pub = await reviewer.context.request.get(publicUrl);
    expect(pub.status()).toBe(200);
    expect(JSON.stringify(await pub.json())).toContain("Test event on its way to readers");
    await reviewer.context.close();
  });
});
