/**
 * Text and bodies a client may get wrong: control characters, lone surrogates, malformed JSON
 * and oversized bodies each get a problem+json naming the field, and nothing is stored.
 */
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { expectStatus, tableCounts } from "./editing-support";
import { adminFetch, loginAs, ORIGIN } from "./support/auth";

type Problem = { code: string; errors?: { path: string; message: string }[] };

describe("text input is cleaned or refused in the domain schemas", () => {
  it("refuses a NUL-only title as empty, naming body.title, and stores nothing", async () => {
    const editor = await loginAs("editor");
    const before = await tableCounts();
    const res = await adminFetch(editor, "POST", "/admin/api/events", {
      title: "\u0000\u0000",
      kind: "other",
    });
    const problem = await expectStatus<Problem>(res, 400);
    expect(problem.errors?.map((e) => e.path)).toContain("body.title");
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses a lone surrogate, naming the field, and stores nothing", async () => {
    const editor = await loginAs("editor");
    const before = await tableCounts();
    const res = await adminFetch(editor, "POST", "/admin/api/events", {
      title: "Broken \ud800 title",
      kind: "other",
    });
    const problem = await expectStatus<Problem>(res, 400);
    expect(problem.errors?.find((e) => e.path === "body.title")?.message).toMatch(/surrogate/);
    expect(await tableCounts()).toEqual(before);
  });

  it("drops control characters and normalizes to NFC before storing", async () => {
    const editor = await loginAs("editor");
    const res = await adminFetch(editor, "POST", "/admin/api/events", {
      title: "Cafe\u0301 \u0007summit",
      kind: "other",
      summary: "Line one\u0000.",
    });
    const event = await expectStatus<{ title: string; summary: string }>(res, 201);
    expect(event.title).toBe("Café summit");
    expect(event.summary).toBe("Line one.");
  });

  it("refuses ingest text with a lone surrogate, naming body.text", async () => {
    const editor = await loginAs("editor");
    const res = await adminFetch(editor, "POST", "/admin/api/ingest", { text: "Text \udc00 here" });
    const problem = await expectStatus<Problem>(res, 400);
    expect(problem.errors?.map((e) => e.path)).toContain("body.text");
  });

  it("refuses empty or blank ingest text and HTML, naming the field, and stores no draft", async () => {
    const editor = await loginAs("editor");
    const before = await env.DB.prepare("SELECT count(*) AS n FROM ingests").first<{ n: number }>();
    for (const [field, body] of [
      ["body.text", { text: "" }],
      ["body.text", { text: " \n\t " }],
      ["body.html", { html: "   " }],
    ] as const) {
      const res = await adminFetch(editor, "POST", "/admin/api/ingest", body);
      const problem = await expectStatus<Problem>(res, 400);
      expect(problem.errors?.map((e) => e.path)).toContain(field);
    }
    const after = await env.DB.prepare("SELECT count(*) AS n FROM ingests").first<{ n: number }>();
    expect(after?.n).toBe(before?.n);
  });
});

describe("request bodies", () => {
  it("answers malformed JSON with 400 naming body, on a write and on login", async () => {
    const editor = await loginAs("editor");
    const bad = await adminFetch(editor, "POST", "/admin/api/events", '{"title": "x",');
    const problem = await expectStatus<Problem>(bad, 400);
    expect(problem.code).toBe("validation_failed");
    expect(problem.errors?.[0]?.path).toBe("body");

    const login = await adminFetch(null, "POST", "/admin/api/session", "{not json", {
      "content-type": "application/json",
    });
    expect((await expectStatus<Problem>(login, 400)).errors?.[0]?.path).toBe("body");
  });

  it("refuses an oversized login body with 413 before reading it, even when streamed", async () => {
    const big = JSON.stringify({ email: "a@b.c", password: "x".repeat(400_000) });
    const sized = await adminFetch(null, "POST", "/admin/api/session", big);
    expect((await expectStatus<Problem>(sized, 413)).errors?.[0]?.path).toBe("body");

    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 32) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await exports.default.fetch(`${ORIGIN}/admin/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN },
      body: stream,
    });
    expect(streamed.status).toBe(413);
    expect(streamed.headers.get("content-type")).toContain("application/problem+json");
  });

  it("still takes a large source text (sources get room for 1,000,000 characters)", async () => {
    const editor = await loginAs("editor");
    const res = await adminFetch(editor, "POST", "/admin/api/sources", {
      kind: "article",
      title: "A long report",
      url: "https://news.example/long-report",
      text: "Word ".repeat(100_000),
    });
    await expectStatus(res, 201);
  });
});
