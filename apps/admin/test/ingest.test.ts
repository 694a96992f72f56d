import { readFileSync } from "node:fs";
import path from "node:path";
import type { Actor, Claim, Event } from "@factline/domain";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { demoId, loggedInContext } from "./support/session";
import { type RunningWorker, startWorker } from "./support/worker";

// The shared fixture, as found on the web (encoding damage and adverts included).
const SEED_ARTICLE = readFileSync(
  path.resolve(import.meta.dirname, "../../../../shared/fixtures/seed-article.txt"),
  "utf8",
);
const RECOGNITION = demoId("evt", 1);

describe("ingesting the seed article in the browser", () => {
  let worker: RunningWorker;
  let browser: Browser;

  beforeAll(async () => {
    [worker, browser] = await Promise.all([startWorker({ seed: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  it("pastes the article, reviews the cleaned result and accepts it onto the matching event", async () => {
    const { context, api } = await loggedInContext(
      () => browser.newContext(),
      worker.origin,
      "editor",
    );
    const before = (await api("GET", `/admin/api/claims?event=${RECOGNITION}&limit=100`)).json as {
      data: Claim[];
    };
    const page = await context.newPage();
    await page.goto(`${worker.origin}/admin/`);
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Ingest" })
      .click();
    await page.getByLabel("Article text").fill(SEED_ARTICLE);
    // Hold the real request until the progress state has been seen (no sleeps, no mock).
    let release: () => void = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    let posts = 0;
    await page.route("**/admin/api/ingest", async (route) => {
      posts += 1;
      await held;
      await route.continue();
    });
    await page.getByRole("button", { name: "Analyse article" }).click();
    const progress = page.getByRole("status").filter({ hasText: "Analysing the article" });
    await progress.waitFor();
    const busyButton = page.getByRole("button", { name: "Analysing…" });
    await expect(busyButton.isDisabled()).resolves.toBe(true);
    // A second submit while busy sends nothing.
    await page.getByLabel("Article text").press("Enter");
    await page
      .getByRole("form", { name: "Article to ingest" })
      .evaluate((f) => (f as HTMLFormElement).requestSubmit());
    release();

    const review = page.getByRole("form", { name: "Review the ingest result" });
    await review.waitFor();
    expect(posts).toBe(1);
    // The demo database already holds this article (same cleaned text, same content hash).
    await review
      .getByRole("note")
      .filter({ hasText: "This article is already stored as" })
      .filter({ hasText: "same text" })
      .waitFor();
    // Encoding repaired, boilerplate removed with reasons, the embedded post found.
    const cleaned = (await review.getByTestId("cleaned-text").textContent()) ?? "";
    expect(cleaned).toContain("Russia’s");
    expect(cleaned).not.toContain("Russiaβs");
    await review
      .getByRole("list", { name: "Removed boilerplate" })
      .getByRole("listitem")
      .filter({ hasText: "Advert" })
      .filter({ hasText: "YOU MAY ALSO LIKE TO WATCH" })
      .waitFor();
    await review
      .getByRole("checkbox", { name: /Legitimate Targets @LegitTargets · 4 July 2025/ })
      .waitFor();

    // Near-duplicates are grouped; one claim per group starts selected.
    const groups = review.getByRole("group", { name: /^Group \d+:/ });
    const groupCount = await groups.count();
    const legends = await groups.locator("legend").allTextContents();
    expect(legends.some((l) => Number(/\((\d+) statements\)/.exec(l)?.[1] ?? 0) >= 3)).toBe(true);
    await expect(review.getByTestId("claim-selection").textContent()).resolves.toMatch(
      new RegExp(`^${groupCount} of \\d+ selected`),
    );

    // The suggestion matches the seeded event; a new event with an impossible date is refused here.
    const existing = review.getByRole("radio", { name: /Existing: Russia formally recognizes/ });
    await expect(existing.isChecked()).resolves.toBe(true);
    await review.getByRole("radio", { name: "A new draft event" }).check();
    // The suggested title is the event as the article states it.
    await expect(review.getByLabel("Event title").inputValue()).resolves.toBe(
      "Russia has formally recognized the Taliban government in Afghanistan",
    );
    const date = review.getByLabel("Event date");
    await date.fill("2025-02-30");
    await review.getByRole("button", { name: "Accept" }).click();
    await expect(date.getAttribute("aria-invalid")).resolves.toBe("true");
    await review.getByText("February 2025 has 28 days, so day 30 does not exist").waitFor();

    await existing.check();
    await review.getByRole("button", { name: "Accept" }).click();
    const done = page.getByRole("status").filter({ hasText: "Accepted:" });
    await done.waitFor();
    // The stored article is reused, the post is new, and claims the stored article already
    // makes (same text) are skipped rather than duplicated.
    const summary =
      /Accepted: (\d+) claims and 1 new sources saved \(1 existing reused\), on the event: Russia formally/.exec(
        (await done.textContent()) ?? "",
      );
    expect(summary).not.toBeNull();
    const saved = Number(summary?.[1]);
    expect(saved).toBeGreaterThan(0);
    expect(saved).toBeLessThanOrEqual(groupCount);
    const after = (await api("GET", `/admin/api/claims?event=${RECOGNITION}&limit=100`)).json as {
      data: Claim[];
    };
    expect(after.data.length - before.data.length).toBe(saved);
    expect(after.data.filter((c) => c.status === "unreviewed")).toHaveLength(saved);

    // The new claims wait in the queue.
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Queue" })
      .click();
    await expect(
      page
        .getByRole("list", { name: "Queue counts" })
        .getByRole("link", { name: /Unreviewed claims/ })
        .locator(".count")
        .textContent(),
    ).resolves.toBe(String(saved));
    await context.close();
  });
  it("labels actors found only in the text as new, and creates or matches them on accept", async () => {
    const { context, api } = await loggedInContext(
      () => browser.newContext(),
      worker.origin,
      "editor",
    );
    const page = await context.newPage();
    await page.goto(`${worker.origin}/admin/`);
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Ingest" })
      .click();
    await page
      .getByLabel("Article text")
      .fill(
        [
          "Detenidos 14 miembros de una banda en Caracas",
          "La Guardia Nacional Bolivariana detuvo el lunes 3 de marzo de 2025 a 14 miembros del Tren de Aragua en Caracas, informó el ministerio.",
          "Los detenidos fueron trasladados a la sede de la Guardia Nacional Bolivariana en la capital.",
        ].join("\n\n"),
      );
    await page.getByRole("button", { name: "Analyse article" }).click();
    const review = page.getByRole("form", { name: "Review the ingest result" });
    await review.waitFor();
    await review.getByRole("radio", { name: "A new draft event" }).check();
    const actors = review.getByRole("list", { name: "Event actors" });
    const guard = actors.getByRole("listitem").filter({ hasText: "Guardia Nacional Bolivariana" });
    const gang = actors.getByRole("listitem").filter({ hasText: "Tren de Aragua" });
    await expect(guard.textContent()).resolves.toMatch(/\(initiator\)\s*new/);
    await expect(gang.textContent()).resolves.toMatch(/\(target\)\s*new/);
    // A country the gazetteer knows is not new.
    const venezuela = actors.getByRole("listitem").filter({ hasText: "Venezuela" });
    if ((await venezuela.count()) > 0)
      await expect(venezuela.locator(".badge").count()).resolves.toBe(0);
    // The editor matches the gang to an existing actor and lets the guard be created.
    const choice = review.getByLabel("What to do with Tren de Aragua");
    await choice.locator("option", { hasText: "Match: Taliban" }).waitFor({ state: "attached" });
    await choice.selectOption({ label: "Match: Taliban" });
    await expect(
      review.getByLabel("What to do with Guardia Nacional Bolivariana").inputValue(),
    ).resolves.toBe("create");
    await review.getByRole("button", { name: "Accept" }).click();
    const done = page.getByRole("status").filter({ hasText: "Accepted:" });
    await done.waitFor();
    const href = (await done.locator(`a[href*="/events/evt_"]`).getAttribute("href")) ?? "";
    const eventId = /evt_[0-9A-Za-z]+/.exec(href)?.[0];
    expect(eventId).toBeDefined();
    const event = (await api("GET", `/admin/api/events/${eventId}`)).json as Event;
    const all = (await api("GET", "/admin/api/actors?limit=100")).json as { data: Actor[] };
    const byId = new Map(all.data.map((a) => [a.id, a]));
    const named = event.actors.map((a) => `${a.role}:${byId.get(a.actorId)?.name}`);
    expect(named).toContain("initiator:Guardia Nacional Bolivariana");
    expect(named).toContain("target:Taliban");
    expect(all.data.filter((a) => a.name === "Tren de Aragua")).toEqual([]);
    await context.close();
  });
});
