import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { expectStatus, makeEvent } from "./editing-support";
import {
  acceptIngest,
  counts,
  defaultSelection,
  type IngestDraft,
  seedVariant,
  startIngest,
} from "./ingest-support";
import { adminFetch, countRows, loginAs } from "./support/auth";

type Problem = { code: string; errors?: { path: string; message: string }[] };
type Page = { data: { id: string; status: string; title: string | null }[]; next: string | null };

const paths = (p: Problem) => (p.errors ?? []).map((e) => e.path);

async function ingestRow(id: string) {
  return env.DB.prepare("SELECT status, source_id, event_id FROM ingests WHERE id = ?")
    .bind(id)
    .first<{ status: string; source_id: string | null; event_id: string | null }>();
}

describe("what ingest is matched against", () => {
  it("scores the suggested main event against the events already in D1", async () => {
    const editor = await loginAs("editor");
    const event = await makeEvent(editor, {
      title: "Russia formally recognizes the Taliban government",
      kind: "diplomacy.recognition",
      date: "2025-07-04",
    });
    const unrelated = await makeEvent(editor, {
      title: "Flooding in Pakistan",
      kind: "disaster.natural",
      date: "2022-08",
    });
    const draft = await startIngest(editor, { text: seedVariant(env.SEED_ARTICLE, "match") });
    const matches = draft.result.mainEvent?.matches ?? [];
    expect(matches[0]?.eventId).toBe(event.id);
    expect(matches[0]?.reasons).toEqual(expect.arrayContaining(["date_overlap", "kind"]));
    expect(matches.map((m) => m.eventId)).not.toContain(unrelated.id);
  });
});

describe("stored drafts", () => {
  it("lists drafts newest first, pages through them, and leaves out discarded and accepted ones", async () => {
    const editor = await loginAs("editor");
    const a = await startIngest(editor, { text: seedVariant(env.SEED_ARTICLE, "list-a") });
    const b = await startIngest(editor, { text: seedVariant(env.SEED_ARTICLE, "list-b") });
    const c = await startIngest(editor, { text: seedVariant(env.SEED_ARTICLE, "list-c") });
    const d = await startIngest(editor, { text: seedVariant(env.SEED_ARTICLE, "list-d") });
    await expectStatus(await adminFetch(editor, "DELETE", `/admin/api/ingest/${b.id}`), 200);
    await expectStatus(await acceptIngest(editor, c.id, defaultSelection(c.result)), 201);

    const all = await expectStatus<Page>(await adminFetch(editor, "GET", "/admin/api/ingest"), 200);
    const ids = all.data.map((r) => r.id);
    expect(ids.indexOf(d.id)).toBeLessThan(ids.indexOf(a.id));
    expect(ids).not.toContain(b.id);
    expect(ids).not.toContain(c.id);
    expect(all.data.every((r) => r.status === "draft")).toBe(true);
    expect(all.data.find((r) => r.id === a.id)?.title).toBe(a.result.article.title);

    const first = await expectStatus<Page>(
      await adminFetch(editor, "GET", "/admin/api/ingest?limit=1"),
      200,
    );
    expect(first.data.map((r) => r.id)).toEqual([ids[0]]);
    const second = await expectStatus<Page>(
      await adminFetch(editor, "GET", `/admin/api/ingest?limit=1&cursor=${first.next}`),
      200,
    );
    expect(second.data.map((r) => r.id)).toEqual([ids[1]]);

    const accepted = await expectStatus<Page>(
      await adminFetch(editor, "GET", "/admin/api/ingest?status=accepted"),
      200,
    );
    expect(accepted.data.map((r) => r.id)).toContain(c.id);
  });

  it("answers 404 naming path.id for an unknown ingest and 400 for a malformed id", async () => {
    const editor = await loginAs("editor");
    const missing = "ing_01M8HN0CMYCKQGD5GJY667AFGB";
    for (const [method, path] of [
      ["GET", `/admin/api/ingest/${missing}`],
      ["DELETE", `/admin/api/ingest/${missing}`],
      ["POST", `/admin/api/ingest/${missing}/accept`],
    ] as const) {
      const res = await adminFetch(editor, method, path, method === "POST" ? {} : undefined);
      expect(paths(await expectStatus<Problem>(res, 404))).toEqual(["path.id"]);
    }
    const bad = await adminFetch(editor, "GET", "/admin/api/ingest/src_nope");
    expect(paths(await expectStatus<Problem>(bad, 400))).toEqual(["param.id"]);
  });

  it("discards a draft, after which accepting it is refused with 409 and writes nothing", async () => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, { text: seedVariant(env.SEED_ARTICLE, "discard") });
    const gone = await expectStatus<IngestDraft>(
      await adminFetch(editor, "DELETE", `/admin/api/ingest/${draft.id}`),
      200,
    );
    expect(gone.status).toBe("discarded");
    // Discarding again is harmless.
    await expectStatus(await adminFetch(editor, "DELETE", `/admin/api/ingest/${draft.id}`), 200);
    const before = await counts();
    const res = await acceptIngest(editor, draft.id, defaultSelection(draft.result));
    expect((await expectStatus<Problem>(res, 409)).code).toBe("conflict");
    expect(await counts()).toEqual(before);
  });

  it("refuses to discard an accepted ingest with 409", async () => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, { text: seedVariant(env.SEED_ARTICLE, "keep") });
    await expectStatus(await acceptIngest(editor, draft.id, defaultSelection(draft.result)), 201);
    const res = await adminFetch(editor, "DELETE", `/admin/api/ingest/${draft.id}`);
    expect((await expectStatus<Problem>(res, 409)).code).toBe("conflict");
    expect((await ingestRow(draft.id))?.status).toBe("accepted");
  });
});

describe("who may ingest", () => {
  it("answers 401 without a session and stores nothing", async () => {
    const before = await countRows("ingests");
    for (const [method, path, body] of [
      ["POST", "/admin/api/ingest", { text: "Russia recognized the Taliban." }],
      ["GET", "/admin/api/ingest", undefined],
    ] as const) {
      const res = await adminFetch(null, method, path, body);
      expect((await expectStatus<Problem>(res, 401)).code).toBe("unauthenticated");
    }
    expect(await countRows("ingests")).toBe(before);
  });

  it("refuses a cross-origin ingest with 403", async () => {
    const editor = await loginAs("editor");
    const res = await adminFetch(
      editor,
      "POST",
      "/admin/api/ingest",
      { text: "Russia recognized the Taliban." },
      { origin: "https://evil.example" },
    );
    expect(res.status).toBe(403);
  });

  it("lets every role ingest and accept (the domain gives ingest.run and ingest.accept to all)", async () => {
    for (const role of ["reviewer", "admin"] as const) {
      const user = await loginAs(role);
      const draft = await startIngest(user, { text: seedVariant(env.SEED_ARTICLE, role) });
      const out = await expectStatus<{ claims: { createdBy: string }[] }>(
        await acceptIngest(user, draft.id, defaultSelection(draft.result)),
        201,
      );
      expect(out.claims[0]?.createdBy).toBe(user.user.id);
    }
  });

  it("answers 401 to a session that was ended", async () => {
    const editor = await loginAs("editor");
    expect((await adminFetch(editor, "DELETE", "/admin/api/session")).status).toBe(204);
    const res = await adminFetch(editor, "GET", "/admin/api/ingest");
    expect(res.status).toBe(401);
  });
});

describe("ingest input", () => {
  it.each([
    [{}, "body"],
    [{ text: "Russia recognized the Taliban.", url: "https://articles.example/a" }, "body.url"],
    [{ text: "Russia recognized the Taliban.", html: "<p>x</p>" }, "body.html"],
    [{ text: "Russia recognized the Taliban.", extra: 1 }, "body"],
    [{ text: 42 }, "body.text"],
    [{ text: "Russia recognized the Taliban.", publishedAt: "yesterday-ish" }, "body.publishedAt"],
  ])("refuses %j with 400 naming %s", async (body, path) => {
    const editor = await loginAs("editor");
    const before = await countRows("ingests");
    const res = await adminFetch(editor, "POST", "/admin/api/ingest", body);
    expect(paths(await expectStatus<Problem>(res, 400))).toContain(path);
    expect(await countRows("ingests")).toBe(before);
  });

  it("refuses text over 200,000 characters with 413 naming body.text", async () => {
    const editor = await loginAs("editor");
    const before = await countRows("ingests");
    const text = "Russia recognized the Taliban government. ".repeat(5_000);
    expect(text.length).toBeGreaterThan(200_000);
    const res = await adminFetch(editor, "POST", "/admin/api/ingest", { text });
    const problem = await expectStatus<Problem>(res, 413);
    expect(problem.code).toBe("payload_too_large");
    expect(paths(problem)).toEqual(["body.text"]);
    expect(await countRows("ingests")).toBe(before);
  });

  it("refuses a draft whose analysis would not fit in one D1 row with 413 naming the input", async () => {
    const editor = await loginAs("editor");
    const before = await countRows("ingests");
    // Short dated sentences about known countries make the result many times the text.
    const text = Array.from(
      { length: 1_700 },
      (_, i) =>
        `Russia recognized the Taliban government of Afghanistan on July ${(i % 28) + 1}, 2025, officials in Moscow and Kabul said (${i}).`,
    ).join("\n");
    expect(text.length).toBeLessThan(200_000);
    const res = await adminFetch(editor, "POST", "/admin/api/ingest", { text });
    const problem = await expectStatus<Problem>(res, 413);
    expect(paths(problem)).toEqual(["body.text"]);
    expect(problem.errors?.[0]?.message).toContain("a draft holds at most");
    expect(await countRows("ingests")).toBe(before);
  });

  it("anchors relative dates to publishedAt", async () => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, {
      text: "Moscow\nRussia formally recognized the Taliban government of Afghanistan yesterday, officials said.",
      publishedAt: "2025-07-05",
    });
    const dates = draft.result.sentences.flatMap((s) => s.dates.map((d) => d.date.value));
    expect(dates).toContain("2025-07-04");
  });

  it("replays a retried ingest with the same Idempotency-Key instead of storing it twice", async () => {
    const editor = await loginAs("editor");
    const body = { text: seedVariant(env.SEED_ARTICLE, "idem") };
    const key = crypto.randomUUID();
    const before = await countRows("ingests");
    const first = await adminFetch(editor, "POST", "/admin/api/ingest", body, {
      "idempotency-key": key,
    });
    const firstBody = await expectStatus<IngestDraft>(first, 201);
    const again = await adminFetch(editor, "POST", "/admin/api/ingest", body, {
      "idempotency-key": key,
    });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect((await expectStatus<IngestDraft>(again, 201)).id).toBe(firstBody.id);
    expect(await countRows("ingests")).toBe(before + 1);
  });
});

describe("accept input", () => {
  it.each([
    ["an unknown candidate", { claims: [{ candidateId: "c999" }] }, "body.claims.0.candidateId"],
    [
      "a candidate selected twice",
      { claims: [{ candidateId: "c1" }, { candidateId: "c1" }] },
      "body.claims.1.candidateId",
    ],
    ["an unknown embedded post", { embeddedPosts: [{ index: 7 }] }, "body.embeddedPosts.0.index"],
    [
      "an unknown modality",
      { claims: [{ candidateId: "c1", modality: "rumour" }] },
      "body.claims.0.modality",
    ],
    [
      "an assertion that cannot be compared",
      { claims: [{ candidateId: "c1", assertion: { property: "event.date", value: "soon" } }] },
      "body.claims.0.assertion.value",
    ],
    ["an unknown field", { claims: [], reviewed: true }, "body"],
    [
      "an unknown event to attach to",
      { event: { attachTo: "evt_01M8HN0CMYCKQGD5GJY667AFGB" } },
      "body.event.attachTo",
    ],
    [
      "an unknown actor for the new event",
      {
        event: {
          create: {
            title: "Russia recognizes the Taliban",
            kind: "diplomacy.recognition",
            actors: [{ actorId: "act_01M8HN0CMYCKQGD5GJY667AFGB", role: "initiator" }],
          },
        },
      },
      "body.event.create.actors.0.actorId",
    ],
    [
      "a source URL that is not http(s)",
      { source: { url: "ftp://x.example/a" } },
      "body.source.url",
    ],
  ])("refuses %s with 400 naming the field and changes no table", async (_what, body, path) => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, {
      text: seedVariant(env.SEED_ARTICLE, `bad-${path}`),
    });
    const before = await counts();
    const res = await acceptIngest(editor, draft.id, body);
    const problem = await expectStatus<Problem>(res, 400);
    expect(paths(problem).some((p) => p.startsWith(path))).toBe(true);
    expect(await counts()).toEqual(before);
    expect((await ingestRow(draft.id))?.status).toBe("draft");
  });

  it("refuses an event kind outside the vocabulary with 400 naming body.event", async () => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, { text: seedVariant(env.SEED_ARTICLE, "kind") });
    const before = await counts();
    const res = await acceptIngest(editor, draft.id, {
      event: { create: { title: "Russia recognizes the Taliban", kind: "diplomacy.hug" } },
    });
    const problem = await expectStatus<Problem>(res, 400);
    expect(paths(problem).every((p) => p.startsWith("body.event"))).toBe(true);
    expect(await counts()).toEqual(before);
  });
});

describe("a failure inside the accept batch", () => {
  it("leaves every table unchanged and the ingest a draft, and the same accept works once the cause is gone", async () => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, { text: seedVariant(env.SEED_ARTICLE, "abort") });
    const selection = defaultSelection(draft.result);
    // A fault in D1 itself, late in the batch: after the sources, actors, event and the first
    // claim rows are written, the first evidence row fails. Nothing of ours is mocked.
    await env.DB.prepare(
      "CREATE TRIGGER test_fail_evidence BEFORE INSERT ON evidence BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
    ).run();
    const before = await counts();
    const ingestsBefore = await countRows("ingests");
    try {
      const res = await acceptIngest(editor, draft.id, selection);
      expect((await expectStatus<Problem>(res, 500)).code).toBe("internal");
    } finally {
      await env.DB.prepare("DROP TRIGGER test_fail_evidence").run();
    }
    expect(await counts()).toEqual(before);
    expect(await countRows("ingests")).toBe(ingestsBefore);
    expect(await ingestRow(draft.id)).toEqual({ status: "draft", source_id: null, event_id: null });

    const ok = await acceptIngest(editor, draft.id, selection);
    await expectStatus(ok, 201);
    const after = await counts();
    expect(after.sources).toBe(before.sources + 2);
    expect(after.evidence).toBeGreaterThan(before.evidence);
  });
});
