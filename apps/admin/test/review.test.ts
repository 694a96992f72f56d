import type { Claim } from "@factline/domain";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { type Api, type DemoRole, demoId, loggedInContext } from "./support/session";
import { type RunningWorker, startWorker } from "./support/worker";

const ARTICLE = demoId("src", 1);
const RECOGNITION = demoId("evt", 1);
const POST_SAYS_JULY_4 = demoId("clm", 3);
const MINISTRY_SAYS_JULY_3 = demoId("clm", 4);

describe("review queue, conflicts and the claim workflow in the browser", () => {
  let worker: RunningWorker;
  let browser: Browser;

  beforeAll(async () => {
    [worker, browser] = await Promise.all([startWorker({ seed: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  async function as(role: DemoRole): Promise<{ page: Page; api: Api; close: () => Promise<void> }> {
    const { context, api } = await loggedInContext(() => browser.newContext(), worker.origin, role);
    return { page: await context.newPage(), api, close: () => context.close() };
  }

  async function createClaim(api: Api, statement: string): Promise<Claim> {
    const r = await api("POST", "/admin/api/claims", {
      body: { text: statement, statement, sourceId: ARTICLE, eventIds: [RECOGNITION] },
      idempotencyKey: crypto.randomUUID(),
    });
    expect(r.status).toBe(201);
    return r.json as Claim;
  }

  async function move(api: Api, claim: Claim, to: string): Promise<Claim> {
    const r = await api("POST", `/admin/api/claims/${claim.id}/transition`, {
      body: { to },
      ifMatch: claim.version,
    });
    expect(r.status).toBe(200);
    return r.json as Claim;
  }

  it("shows the seeded open conflict and unreviewed claims with counts on the dashboard", async () => {
    const editor = await as("editor");
    await createClaim(editor.api, "Test claim: the Afghan embassy in Moscow changed its flag.");
    await editor.page.goto(`${worker.origin}/admin/`);
    const counts = editor.page.getByRole("list", { name: "Queue counts" });
    await counts.getByRole("link", { name: /Open conflicts/ }).waitFor();
    await expect(
      counts
        .getByRole("link", { name: /Open conflicts/ })
        .locator(".count")
        .textContent(),
    ).resolves.toBe("1");
    await expect(
      counts
        .getByRole("link", { name: /Unreviewed claims/ })
        .locator(".count")
        .textContent(),
    ).resolves.toBe("1");

    const unreviewed = editor.page.getByRole("list", { name: "Unreviewed claims" });
    await unreviewed
      .getByRole("link", { name: /Afghan embassy in Moscow changed its flag/ })
      .waitFor();
    const conflicts = editor.page.getByRole("list", { name: "Open conflicts" });
    await conflicts.getByRole("link", { name: /event\.date: 2025-07-03 vs 2025-07-04/ }).click();
    await editor.page.getByRole("heading", { name: "Conflicts", level: 1 }).waitFor();
    // Editors may look but not rank (domain: claim.rank is for reviewers and admins).
    await editor.page.getByText("Reviewers and admins resolve conflicts.").waitFor();
    await editor.close();
  });

  it("resolves the recognition-date conflict by preferring the ministry's 3 July claim", async () => {
    const reviewer = await as("reviewer");
    const page = reviewer.page;
    await page.goto(`${worker.origin}/admin/conflicts`);
    const conflict = page.getByRole("article", { name: /Conflicting date for Russia formally/ });
    await conflict.waitFor();
    const form = conflict.getByRole("form", { name: "Resolve the date conflict" });

    // Nothing chosen and no reason: the form says so next to each field and sends nothing.
    await form.getByRole("button", { name: "Resolve conflict" }).click();
    await form.getByText("Choose the claim the record should prefer").waitFor();

    await form.getByRole("radio", { name: /^2025-07-03: / }).check();
    await form.getByRole("button", { name: "Resolve conflict" }).click();
    const reason = form.getByLabel("Reason");
    await expect(reason.getAttribute("aria-invalid")).resolves.toBe("true");

    await reason.fill("The Foreign Ministry's own announcement is dated 3 July 2025.");
    await form.getByRole("button", { name: "Resolve conflict" }).click();
    await page.getByRole("status").filter({ hasText: "Resolved the date conflict" }).waitFor();
    await page.getByText("No open conflicts.").waitFor();

    const open = (await reviewer.api("GET", "/admin/api/conflicts")).json as { data: unknown[] };
    expect(open.data).toEqual([]);
    const preferred = (await reviewer.api("GET", `/admin/api/claims/${MINISTRY_SAYS_JULY_3}`))
      .json as Claim;
    const deprecated = (await reviewer.api("GET", `/admin/api/claims/${POST_SAYS_JULY_4}`))
      .json as Claim;
    expect([preferred.rank, deprecated.rank]).toEqual(["preferred", "deprecated"]);
    expect(deprecated.rankReason).toBe(
      "The Foreign Ministry's own announcement is dated 3 July 2025.",
    );

    // The claim page shows the rank and the change in its history.
    await page.goto(`${worker.origin}/admin/claims/${POST_SAYS_JULY_4}`);
    await page.locator(".meta").filter({ hasText: "rank deprecated" }).waitFor();
    const revisions = page.getByRole("list", { name: "Revisions" });
    await revisions.getByRole("listitem", { name: `Version ${deprecated.version}` }).waitFor();
    await reviewer.close();
  });

  it("offers each role only the workflow moves it may make", async () => {
    const editor = await as("editor");
    const claim = await createClaim(
      editor.api,
      "Test claim: Russia's ambassador presented credentials.",
    );
    const url = `${worker.origin}/admin/claims/${claim.id}`;
    const moves = (page: Page) =>
      page.getByRole("group", { name: "Status changes" }).getByRole("button").allTextContents();

    await editor.page.goto(url);
    await editor.page.getByRole("button", { name: "Submit for review" }).waitFor();
    await expect(moves(editor.page)).resolves.toEqual(["Submit for review"]);
    await expect(editor.page.getByRole("form", { name: "Verdict" }).count()).resolves.toBe(0);
    await editor.page.getByRole("button", { name: "Submit for review" }).click();
    await editor.page.getByRole("button", { name: "Back to unreviewed" }).waitFor();
    await expect(moves(editor.page)).resolves.toEqual(["Back to unreviewed"]);
    await editor.close();

    // A reviewer approves someone else's claim once a verdict is on record.
    const reviewer = await as("reviewer");
    await reviewer.page.goto(url);
    await reviewer.page.getByRole("button", { name: "Back to unreviewed" }).waitFor();
    await expect(moves(reviewer.page)).resolves.toEqual(["Back to unreviewed"]);
    const verdict = reviewer.page.getByRole("form", { name: "Verdict" });
    await verdict.getByLabel("Verdict").selectOption("mostly_true");
    await verdict.getByLabel("Rationale").fill("The ministry confirmed the credentials ceremony.");
    await verdict.getByRole("button", { name: "Record verdict" }).click();
    await reviewer.page.getByTestId("current-verdict").filter({ hasText: "Mostly true" }).waitFor();
    await expect(moves(reviewer.page)).resolves.toEqual(["Back to unreviewed", "Approve review"]);
    await reviewer.page.getByRole("button", { name: "Approve review" }).click();
    await reviewer.page.getByRole("button", { name: "Publish" }).waitFor();
    await expect(moves(reviewer.page)).resolves.toEqual(["Reopen review", "Publish"]);

    // A reviewer's own claim, in review with a verdict: they may not approve it; an admin may.
    let own = await createClaim(reviewer.api, "Test claim: the reviewer's own claim.");
    own = await move(reviewer.api, own, "in_review");
    const reviewed = await reviewer.api("POST", `/admin/api/claims/${own.id}/reviews`, {
      body: { verdict: "true", rationale: "Checked against the ministry statement." },
      idempotencyKey: crypto.randomUUID(),
    });
    expect(reviewed.status).toBe(201);
    await reviewer.page.goto(`${worker.origin}/admin/claims/${own.id}`);
    await reviewer.page.getByTestId("current-verdict").waitFor();
    await expect(moves(reviewer.page)).resolves.toEqual(["Back to unreviewed"]);
    await reviewer.close();

    const admin = await as("admin");
    await admin.page.goto(`${worker.origin}/admin/claims/${own.id}`);
    await admin.page.getByRole("button", { name: "Approve review" }).waitFor();
    await expect(moves(admin.page)).resolves.toEqual(["Back to unreviewed", "Approve review"]);
    await admin.close();
  });

  it("shows an editor the judged wording of a claim with a verdict as read-only, as the API rules", async () => {
    const editor = await as("editor");
    const reviewer = await as("reviewer");
    const claim = await createClaim(editor.api, "Test claim: a verdict fixes this wording.");
    const judged = await reviewer.api("POST", `/admin/api/claims/${claim.id}/reviews`, {
      body: { verdict: "mostly_true", rationale: "Checked against the decree." },
      idempotencyKey: crypto.randomUUID(),
    });
    expect(judged.status).toBe(201);
    await editor.page.goto(`${worker.origin}/admin/claims/${claim.id}`);
    const form = editor.page.getByRole("form", { name: "Edit claim" });
    await expect(form.getByLabel("Statement").isDisabled()).resolves.toBe(true);
    await expect(form.getByLabel("Modality").isDisabled()).resolves.toBe(false);
    // What the form will not send, the API refuses too.
    const direct = await editor.api("PATCH", `/admin/api/claims/${claim.id}`, {
      body: { statement: "Reworded after the verdict." },
      ifMatch: (judged.json as Claim).version,
    });
    expect(direct.status).toBe(403);
    await Promise.all([editor.close(), reviewer.close()]);
  });

  it("links a verbatim source passage as evidence, with its offsets in the source", async () => {
    const editor = await as("editor");
    const claim = await createClaim(
      editor.api,
      "Test claim: the recognition was first of its kind.",
    );
    const page = editor.page;
    await page.goto(`${worker.origin}/admin/claims/${claim.id}`);
    const form = page.getByRole("form", { name: "Add evidence" });
    const submit = form.getByRole("button", { name: "Add evidence" });
    // The page may re-render once its data arrives and close the disclosure again: open it
    // until the form shows, as a person would click again.
    for (let attempt = 0; attempt < 5 && !(await submit.isVisible()); attempt++) {
      await page.locator("summary", { hasText: "Add evidence" }).click();
      await submit.waitFor({ timeout: 3000 }).catch(() => undefined);
    }
    await submit.click();
    // The domain schema wants a source and a non-empty quote before anything is sent.
    await expect(form.getByLabel("Quote").getAttribute("aria-invalid")).resolves.toBe("true");

    await form
      .getByLabel("Source")
      .selectOption({ label: "Russia Officially Recognizes Taliban Government in Afghanistan" });
    const quote = "Russia has formally recognized the Taliban government in Afghanistan";
    await form.getByLabel("Quote").fill(quote);
    await form.getByLabel("Stance").selectOption("supports");
    await form.getByRole("button", { name: "Add evidence" }).click();
    const item = page
      .getByRole("list", { name: "Evidence" })
      .getByRole("listitem")
      .filter({ hasText: quote });
    await item.waitFor();
    const stored = (await editor.api("GET", `/admin/api/claims/${claim.id}`)).json as Claim;
    const link = stored.evidence.find((e) => e.quote === quote);
    expect(link?.sourceId).toBe(ARTICLE);
    expect(link?.start).not.toBeNull();
    await expect(item.textContent()).resolves.toContain(`characters ${link?.start}–${link?.end}`);
    await editor.close();
  });

  it("merges a duplicate claim into the one to keep and opens the winner", async () => {
    const editor = await as("editor");
    const duplicate = await createClaim(
      editor.api,
      "Test duplicate: Moscow recognised the Taliban.",
    );
    await editor.page.goto(`${worker.origin}/admin/claims/${duplicate.id}`);
    await editor.page.getByRole("heading", { name: duplicate.statement }).waitFor();
    // Editors may not merge (domain: claim.merge is for reviewers and admins).
    await expect(editor.page.getByRole("form", { name: "Merge this claim" }).count()).resolves.toBe(
      0,
    );
    await editor.close();

    const reviewer = await as("reviewer");
    const page = reviewer.page;
    await page.goto(`${worker.origin}/admin/claims/${duplicate.id}`);
    const form = page.getByRole("form", { name: "Merge this claim" });
    await form.getByLabel("Duplicate of").selectOption({
      label: "Russia formally recognized the Taliban government of Afghanistan.",
    });
    await form.getByRole("button", { name: "Merge into the chosen one" }).click();
    await page
      .getByRole("heading", {
        name: "Russia formally recognized the Taliban government of Afghanistan.",
      })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe(`/admin/claims/${demoId("clm", 1)}`);
    const listed = (await reviewer.api("GET", `/admin/api/claims?event=${RECOGNITION}&limit=100`))
      .json as { data: Claim[] };
    expect(listed.data.map((c) => c.id)).not.toContain(duplicate.id);
    await reviewer.close();
  });

  it("gives a claim a structured date, checked before sending, which reopens the date conflict", async () => {
    const editor = await as("editor");
    const claim = await createClaim(editor.api, "Test claim: the decision was signed on 2 July.");
    const page = editor.page;
    await page.goto(`${worker.origin}/admin/claims/${claim.id}`);
    const form = page.getByRole("form", { name: "Edit claim" });
    await form.getByLabel("Asserted property").selectOption("event.date");
    const value = form.getByLabel("Asserted value");
    await value.fill("2025-13");
    await form.getByRole("button", { name: "Save claim" }).click();
    await expect(value.getAttribute("aria-invalid")).resolves.toBe("true");
    await form.getByText("month 13 does not exist").waitFor();

    await value.fill("2025-07-02");
    await form.getByRole("button", { name: "Save claim" }).click();
    await page
      .locator(".meta")
      .filter({ hasText: `version ${claim.version + 1}` })
      .waitFor();
    await page.goto(`${worker.origin}/admin/conflicts`);
    const conflict = page.getByRole("article", { name: /Conflicting date for Russia formally/ });
    const values = conflict.getByRole("list", { name: "Values asserted" });
    await values.getByText("2025-07-02", { exact: true }).waitFor();
    await values.getByRole("link", { name: claim.statement }).waitFor();
    await editor.close();
  });
});
