import { beforeAll, describe, expect, it } from "vitest";
import {
  expectStatus,
  makeActor,
  makeClaim,
  makeEvent,
  makeSource,
  storedRow,
  tableCounts,
  withVersion,
} from "./editing-support";
import { adminFetch, loginAs, type TestSession } from "./support/auth";

let editor: TestSession;
let admin: TestSession;

beforeAll(async () => {
  editor = await loginAs("editor");
  admin = await loginAs("admin");
});

type Rec = { id: string; version: number; status?: string; [k: string]: unknown };

// One table row per record type: how to make one, a field edit, and the stored table.
const TYPES: {
  name: string;
  path: string;
  table: string;
  make: () => Promise<Rec>;
  edit: Record<string, unknown>;
  check: (r: Rec) => void;
}[] = [
  {
    name: "events",
    path: "/admin/api/events",
    table: "events",
    make: () => makeEvent(editor) as Promise<Rec>,
    edit: { title: "Russia recognizes the Taliban", places: ["AF", "RU"] },
    check: (r) =>
      expect(r).toMatchObject({ title: "Russia recognizes the Taliban", places: ["AF", "RU"] }),
  },
  {
    name: "sources",
    path: "/admin/api/sources",
    table: "sources",
    make: () => makeSource(editor) as Promise<Rec>,
    edit: { title: "Edited title", publisher: "Example News" },
    check: (r) => expect(r).toMatchObject({ title: "Edited title", publisher: "Example News" }),
  },
  {
    name: "actors",
    path: "/admin/api/actors",
    table: "actors",
    make: () => makeActor(editor) as Promise<Rec>,
    edit: { aliases: ["Russian Federation"], externalIds: { wikidata: "Q159" } },
    check: (r) =>
      expect(r).toMatchObject({
        aliases: ["Russian Federation"],
        externalIds: { wikidata: "Q159" },
      }),
  },
  {
    name: "claims",
    path: "/admin/api/claims",
    table: "claims",
    make: async () =>
      makeClaim(editor, { sourceId: (await makeSource(editor)).id }) as Promise<Rec>,
    edit: { modality: "hedged", statement: "Russia may have recognized the Taliban" },
    check: (r) =>
      expect(r).toMatchObject({
        modality: "hedged",
        statement: "Russia may have recognized the Taliban",
      }),
  },
];

describe.each(TYPES)("admin $name CRUD", (t) => {
  it("creates with version 1, reads it back with ETag, and lists it", async () => {
    const rec = await t.make();
    expect(rec.version).toBe(1);
    const res = await adminFetch(editor, "GET", `${t.path}/${rec.id}`);
    expect(res.headers.get("etag")).toBe('"1"');
    expect(await expectStatus(res, 200)).toEqual(rec);
    const list = await expectStatus<{ data: Rec[] }>(
      await adminFetch(editor, "GET", `${t.path}?limit=100`),
      200,
    );
    expect(list.data.map((r) => r.id)).toContain(rec.id);
  });

  it("updates with If-Match, bumping the version and the ETag", async () => {
    const rec = await t.make();
    const res = await withVersion(editor, "PATCH", `${t.path}/${rec.id}`, 1, t.edit);
    const body = await expectStatus<Rec>(res, 200);
    expect(body.version).toBe(2);
    expect(res.headers.get("etag")).toBe('"2"');
    t.check(body);
    t.check(await expectStatus<Rec>(await adminFetch(editor, "GET", `${t.path}/${rec.id}`), 200));
  });

  it("accepts the weak If-Match form and the version in the body", async () => {
    const rec = await t.make();
    const weak = await adminFetch(editor, "PATCH", `${t.path}/${rec.id}`, t.edit, {
      "if-match": 'W/"1"',
    });
    expect((await expectStatus<Rec>(weak, 200)).version).toBe(2);
    const inBody = await adminFetch(editor, "PATCH", `${t.path}/${rec.id}`, {
      ...t.edit,
      version: 2,
    });
    expect((await expectStatus<Rec>(inBody, 200)).version).toBe(3);
  });

  it("rejects a stale If-Match with 412 and the current version, keeping the stored record", async () => {
    const rec = await t.make();
    await expectStatus(await withVersion(editor, "PATCH", `${t.path}/${rec.id}`, 1, t.edit), 200);
    const before = await storedRow(t.table, rec.id);
    const counts = await tableCounts();
    const res = await withVersion(editor, "PATCH", `${t.path}/${rec.id}`, 1, t.edit);
    const problem = await expectStatus<{ code: string; currentVersion: number; current: Rec }>(
      res,
      412,
    );
    expect(problem.code).toBe("precondition_failed");
    expect(problem.currentVersion).toBe(2);
    expect(problem.current.id).toBe(rec.id);
    expect(problem.current.version).toBe(2);
    expect(res.headers.get("etag")).toBe('"2"');
    expect(await storedRow(t.table, rec.id)).toEqual(before);
    expect(await tableCounts()).toEqual(counts);
  });

  it("answers 428 to an update without If-Match or version", async () => {
    const rec = await t.make();
    const res = await adminFetch(editor, "PATCH", `${t.path}/${rec.id}`, t.edit);
    const problem = await expectStatus<{ code: string; errors: { path: string }[] }>(res, 428);
    expect(problem.code).toBe("precondition_required");
    expect(problem.errors[0]?.path).toBe("header.if-match");
    expect((await storedRow(t.table, rec.id))?.version).toBe(1);
  });

  it("names an unknown field in a 400", async () => {
    const rec = await t.make();
    const res = await withVersion(editor, "PATCH", `${t.path}/${rec.id}`, 1, { bogus: 1 });
    const problem = await expectStatus<{ errors: { path: string }[] }>(res, 400);
    expect(problem.errors.map((e) => e.path).join(" ")).toContain("body");
    expect(JSON.stringify(problem.errors)).toContain("bogus");
  });

  it("deletes by retracting (admins only), keeping the record and its history", async () => {
    const rec = await t.make();
    const stale = await withVersion(admin, "DELETE", `${t.path}/${rec.id}`, 7);
    expect((await expectStatus<{ currentVersion: number }>(stale, 412)).currentVersion).toBe(1);
    const denied = await adminFetch(editor, "DELETE", `${t.path}/${rec.id}`);
    expect((await expectStatus<{ code: string }>(denied, 403)).code).toBe("forbidden");
    const res = await adminFetch(admin, "DELETE", `${t.path}/${rec.id}`);
    const body = await expectStatus<Rec>(res, 200);
    expect(body.status).toBe("retracted");
    expect(body.version).toBe(2);
    const revisions = await expectStatus<{ data: { action: string }[] }>(
      await adminFetch(editor, "GET", `${t.path}/${rec.id}/revisions`),
      200,
    );
    expect(revisions.data.map((r) => r.action)).toEqual(["retract", "create"]);
  });

  it("answers 404 for an unknown id", async () => {
    const rec = await t.make();
    const unknown = `${rec.id.slice(0, -4)}ZZZZ`;
    expect((await adminFetch(editor, "GET", `${t.path}/${unknown}`)).status).toBe(404);
    expect((await withVersion(editor, "PATCH", `${t.path}/${unknown}`, 1, t.edit)).status).toBe(
      404,
    );
  });
});

describe("Idempotency-Key on creates", () => {
  it("replays the first response to a retried create and creates nothing twice", async () => {
    const body = { kind: "article", title: "Retried", url: "https://news.example/retried" };
    const key = { "idempotency-key": `retry-${crypto.randomUUID()}` };
    const first = await adminFetch(editor, "POST", "/admin/api/sources", body, key);
    const created = await expectStatus<Rec>(first, 201);
    const counts = await tableCounts();
    const again = await adminFetch(editor, "POST", "/admin/api/sources", body, key);
    expect(await expectStatus<Rec>(again, 201)).toEqual(created);
    expect(await tableCounts()).toEqual(counts);
  });

  it("applies to event, claim, actor, evidence and review creates too", async () => {
    const source = await makeSource(editor);
    const claim = await makeClaim(editor, { sourceId: source.id });
    const reviewer = await loginAs("reviewer");
    const cases: [TestSession, string, unknown][] = [
      [editor, "/admin/api/events", { title: "Idempotent event", kind: "other" }],
      [editor, "/admin/api/actors", { kind: "group", name: "Idempotent group" }],
      [editor, "/admin/api/claims", { text: "Idempotent claim", sourceId: source.id }],
      [
        editor,
        `/admin/api/claims/${claim.id}/evidence`,
        { sourceId: source.id, quote: "recognized" },
      ],
      [
        reviewer,
        `/admin/api/claims/${claim.id}/reviews`,
        { verdict: "true", rationale: "Confirmed." },
      ],
    ];
    for (const [who, path, body] of cases) {
      const key = { "idempotency-key": crypto.randomUUID() };
      const first = await expectStatus(await adminFetch(who, "POST", path, body, key), 201);
      const counts = await tableCounts();
      const again = await adminFetch(who, "POST", path, body, key);
      expect(await expectStatus(again, 201), path).toEqual(first);
      expect(again.headers.get("idempotent-replayed"), path).toBe("true");
      expect(await tableCounts(), path).toEqual(counts);
    }
  });
});

describe("evidence links and reviews", () => {
  it("links and unlinks evidence as claim revisions", async () => {
    const source = await makeSource(editor);
    const claim = await makeClaim(editor, { sourceId: source.id });
    const res = await adminFetch(editor, "POST", `/admin/api/claims/${claim.id}/evidence`, {
      sourceId: source.id,
      quote: "formally recognized the Taliban government",
      start: 7,
      end: 49,
    });
    const { evidenceId, claim: linked } = await expectStatus<{ evidenceId: string; claim: Claim }>(
      res,
      201,
    );
    expect(linked.version).toBe(2);
    expect(linked.evidence).toEqual([
      expect.objectContaining({ id: evidenceId, sourceId: source.id, stance: "supports" }),
    ]);
    // Offsets must point at the quote in the source's text.
    for (const [bad, path] of [
      [{ quote: "Taliban", start: 0, end: 7 }, "body.quote"],
      [{ quote: "Taliban", start: 60, end: 900 }, "body.end"],
    ] as const) {
      const res = await adminFetch(editor, "POST", `/admin/api/claims/${claim.id}/evidence`, {
        sourceId: source.id,
        ...bad,
      });
      expect((await expectStatus<{ errors: { path: string }[] }>(res, 400)).errors[0]?.path).toBe(
        path,
      );
    }
    // A second passage earlier in the text: the answer lists evidence in reading order, as reads do.
    const second = await expectStatus<{ claim: Claim }>(
      await adminFetch(editor, "POST", `/admin/api/claims/${claim.id}/evidence`, {
        sourceId: source.id,
        quote: "Russia",
        start: 0,
        end: 6,
      }),
      201,
    );
    const reread = await expectStatus<Claim>(
      await adminFetch(editor, "GET", `/admin/api/claims/${claim.id}`),
      200,
    );
    expect(second.claim).toEqual(reread);
    expect(reread.evidence).toHaveLength(2);
    const removed = await expectStatus<Claim>(
      await withVersion(
        editor,
        "DELETE",
        `/admin/api/claims/${claim.id}/evidence/${evidenceId}`,
        3,
      ),
      200,
    );
    expect(removed.evidence).toHaveLength(1);
    expect(removed.version).toBe(4);
    const gone = await adminFetch(
      editor,
      "DELETE",
      `/admin/api/claims/${claim.id}/evidence/${evidenceId}`,
    );
    expect(gone.status).toBe(404);
    expect(await storedRow("evidence", evidenceId)).toBeNull();
  });

  it("records a verdict with the current user as reviewer; editors may not", async () => {
    const source = await makeSource(editor);
    const claim = await makeClaim(editor, { sourceId: source.id });
    const denied = await adminFetch(editor, "POST", `/admin/api/claims/${claim.id}/reviews`, {
      verdict: "true",
      rationale: "x",
    });
    expect(denied.status).toBe(403);
    const reviewer = await loginAs("reviewer");
    const res = await adminFetch(reviewer, "POST", `/admin/api/claims/${claim.id}/reviews`, {
      verdict: "mostly_true",
      rationale: "The ministry confirmed it a day earlier.",
    });
    const body = await expectStatus<Claim>(res, 201);
    expect(body.review).toMatchObject({ verdict: "mostly_true", reviewerId: reviewer.user.id });
  });
});

type Claim = { id: string; version: number; evidence: unknown[]; review: unknown };

describe("references to other records", () => {
  it("refuses ids of records that do not exist, naming each field, and writes nothing", async () => {
    const source = await makeSource(editor);
    const event = await makeEvent(editor);
    const ghostEvent = `${event.id.slice(0, -4)}ZZZZ`;
    const ghostActor = "act_01K6Z8Q0F8W3M5N7P9R1S3T5V7";
    const counts = await tableCounts();
    const cases: [string, string, unknown, string[]][] = [
      [
        "POST",
        "/admin/api/claims",
        { text: "x", sourceId: source.id, eventIds: [event.id, ghostEvent], actorId: ghostActor },
        ["body.eventIds.1", "body.actorId"],
      ],
      [
        "POST",
        "/admin/api/events",
        { title: "x", kind: "other", actors: [{ actorId: ghostActor, role: "initiator" }] },
        ["body.actors.0.actorId"],
      ],
      [
        "POST",
        "/admin/api/sources",
        { kind: "article", title: "x", embeddedIn: "src_01K6Z8Q0F8W3M5N7P9R1S3T5V7" },
        ["body.embeddedIn"],
      ],
    ];
    for (const [method, path, body, paths] of cases) {
      const res = await adminFetch(editor, method, path, body);
      const problem = await expectStatus<{ errors: { path: string }[] }>(res, 400);
      expect(problem.errors.map((e) => e.path).sort(), path).toEqual([...paths].sort());
    }
    const claim = await makeClaim(editor, { sourceId: source.id });
    const after = await tableCounts();
    const evidence = await adminFetch(editor, "POST", `/admin/api/claims/${claim.id}/evidence`, {
      sourceId: "src_01K6Z8Q0F8W3M5N7P9R1S3T5V7",
      quote: "nowhere",
    });
    expect(
      (await expectStatus<{ errors: { path: string }[] }>(evidence, 400)).errors[0]?.path,
    ).toBe("body.sourceId");
    expect(await tableCounts()).toEqual(after);
    expect(after.claims).toBe((counts.claims ?? 0) + 1);
  });
});
