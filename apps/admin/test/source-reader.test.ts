import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { segmentText } from "../src/reader/segments";
import { launchBrowser } from "./support/browser";
import { apiFor, demoId, loggedInContext } from "./support/session";
import { type RunningWorker, startWorker } from "./support/worker";

type Evidence = { sourceId: string; start: number | null; end: number | null };
type ClaimBody = { id: string; text: string; statement: string | null; evidence: Evidence[] };

// The seed's article (DEMO_IDS.sources.article) and its recognition event.
const ARTICLE = demoId("src", 1);
const RECOGNITION = demoId("evt", 1);

describe("the source reader", () => {
  let worker: RunningWorker;
  let browser: Browser;

  beforeAll(async () => {
    [worker, browser] = await Promise.all([startWorker({ seed: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  it("highlights the seed's recognition claims at their evidence offsets and opens one", async () => {
    const { context } = await loggedInContext(() => browser.newContext(), worker.origin, "editor");
    const api = apiFor(context.request, worker.origin);
    const source = (await api("GET", `/admin/api/sources/${ARTICLE}`)).json as { text: string };
    // Read through the event filter, not the reader's own source filter, so the expectation
    // does not come from the code under test.
    const about = (await api("GET", `/admin/api/claims?event=${RECOGNITION}&limit=100`)).json as {
      data: ClaimBody[];
    };
    const expected = about.data.flatMap((c) =>
      c.evidence
        .filter((e) => e.sourceId === ARTICLE && e.start != null && e.end != null)
        .map((e) => ({ id: c.id, quote: source.text.slice(e.start ?? 0, e.end ?? 0) })),
    );
    expect(expected.length).toBeGreaterThan(0);

    const page = await context.newPage();
    await page.goto(`${worker.origin}/admin/sources/${ARTICLE}`);
    await page.locator(".reader-body mark").first().waitFor();

    // What each claim's highlight reads: its runs of marked text, joined in document order.
    const marks = await page.locator(".reader-body mark").evaluateAll((nodes) =>
      nodes.map((n) => ({
        claims: (n.getAttribute("data-claims") ?? "").split(" "),
        text: n.textContent ?? "",
      })),
    );
    for (const { id, quote } of expected) {
      const drawn = marks
        .filter((m) => m.claims.includes(id))
        .map((m) => m.text)
        .join("");
      expect(drawn, `highlight of ${id}`).toBe(quote);
    }

    // The post the article quotes, shown as a post with its author beside the text.
    const post = (await api("GET", `/admin/api/sources/${demoId("src", 2)}`)).json as {
      author: string;
      embeddedIn: string | null;
    };
    expect(post.embeddedIn).toBe(ARTICLE);
    await expect(
      page.getByRole("article", { name: `Post by ${post.author}` }).textContent(),
    ).resolves.toContain(post.author);

    // Every highlight is a link named for its claim; the first recognition claim's opens it.
    const first = expected[0];
    if (!first) throw new Error("no expected highlight");
    const claim = about.data.find((c) => c.id === first.id);
    const link = page.getByRole("link", {
      name: `(claim: ${claim?.statement || claim?.text}`,
      exact: false,
    });
    await link.first().click();
    await page.waitForURL(`**/admin/claims/${first.id}`);
    await page.getByRole("heading", { name: "Evidence" }).waitFor();
    // And back: the claim page's evidence names the source as a link to the reader.
    await expect(
      page.locator(`a[href$="/admin/sources/${ARTICLE}"]`).count(),
    ).resolves.toBeGreaterThan(0);
    await context.close();
  });
});

describe("the source reader of an ingested article", () => {
  let worker: RunningWorker;
  let browser: Browser;

  beforeAll(async () => {
    [worker, browser] = await Promise.all([startWorker({ seed: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  it("lists the boilerplate ingest removed, with reasons, and the encoding repairs", async () => {
    // The shared fixture (adverts and encoding damage included), made new to the database.
    const text = `${readFileSync(
      path.resolve(import.meta.dirname, "../../../../shared/fixtures/seed-article.txt"),
      "utf8",
    ).trimEnd()}\nAn editor's note for the reader test: this paragraph makes the text unique.\n`;
    const { context } = await loggedInContext(() => browser.newContext(), worker.origin, "editor");
    const api = apiFor(context.request, worker.origin);
    const draft = await api("POST", "/admin/api/ingest", {
      body: { text },
      idempotencyKey: crypto.randomUUID(),
    });
    expect(draft.status).toBe(201);
    const { id, result } = draft.json as {
      id: string;
      result: { removed: { reason: string }[]; repairs: { from: string; to: string }[] };
    };
    expect(result.removed.length).toBeGreaterThan(0);
    expect(result.repairs.length).toBeGreaterThan(0);
    const accepted = await api("POST", `/admin/api/ingest/${id}/accept`, {
      body: {},
      idempotencyKey: crypto.randomUUID(),
    });
    expect(accepted.status).toBe(201);
    const article = (accepted.json as { sources: { id: string }[] }).sources[0];

    const page = await context.newPage();
    await page.goto(`${worker.origin}/admin/sources/${article?.id}`);
    await page
      .getByRole("heading", { name: `Removed boilerplate (${result.removed.length})` })
      .waitFor();
    await page
      .getByRole("heading", { name: `Encoding repairs (${result.repairs.length})` })
      .waitFor();
    const reasons = await page
      .getByRole("region", { name: /Removed boilerplate/ })
      .getByRole("listitem")
      .allTextContents();
    expect(reasons.map((r) => r.split(":")[0])).toEqual(
      result.removed.map((r) => r.reason.replaceAll("_", " ")),
    );
    await context.close();
  });
});

describe("splitting a text at overlapping highlights", () => {
  it("cuts at every boundary and lists the covering claims, shortest passage first", () => {
    const text = "Russia recognized the Taliban on 4 July.";
    const segs = segmentText(text, [
      { claimId: "a", start: 0, end: 29 },
      { claimId: "b", start: 7, end: 17 },
      { claimId: "c", start: 100, end: 120 },
    ]);
    expect(segs.map((s) => [s.text, s.claimIds])).toEqual([
      ["Russia ", ["a"]],
      ["recognized", ["b", "a"]],
      [" the Taliban", ["a"]],
      [" on 4 July.", []],
    ]);
    expect(segs.map((s) => s.text).join("")).toBe(text);
  });
});
