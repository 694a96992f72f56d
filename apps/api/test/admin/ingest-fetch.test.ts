import { describe, expect, it } from "vitest";
import { checkFetchableUrl, UnsafeUrlError } from "../../src/lib/url-safety";
import { expectStatus } from "./editing-support";
import { acceptIngest, defaultSelection, startIngest } from "./ingest-support";
import { UPSTREAM } from "./ingest-upstream";
import { adminFetch, countRows, loginAs } from "./support/auth";

type Problem = { code: string; status: number; errors?: { path: string; message: string }[] };

// Fetches of these never leave the Worker: the URL is refused before any request is made.
const REFUSED = [
  "http://127.0.0.1/",
  "http://127.1/",
  "http://2130706433/",
  "http://0x7f.0.0.1/",
  "http://0177.0.0.1/",
  "http://localhost/",
  "http://LOCALHOST./",
  "http://admin.localhost/",
  "http://0.0.0.0/",
  "http://10.1.2.3/",
  "http://172.16.0.1/",
  "http://192.168.1.1/",
  "http://100.64.0.1/",
  "http://169.254.169.254/latest/meta-data/",
  "http://[::1]/",
  "http://[::]/",
  "http://[::ffff:127.0.0.1]/",
  "http://[::ffff:10.0.0.1]/",
  "http://[fd00::1]/",
  "http://[fe80::1]/",
  "http://[64:ff9b::7f00:1]/",
  "http://example.com@127.0.0.1/",
  "http://user:secret@articles.example/news/russia-taliban",
  "https://articles.example:8443/news/russia-taliban",
  "http://intranet/",
  "ftp://articles.example/news.txt",
  "file:///etc/passwd",
  "javascript:alert(1)",
  "not a url",
];

describe("URLs the Worker refuses to fetch", () => {
  it.each(REFUSED)("refuses %s with 400 naming body.url and stores nothing", async (url) => {
    const editor = await loginAs("editor");
    const before = await countRows("ingests");
    const res = await adminFetch(editor, "POST", "/admin/api/ingest", { url });
    const problem = await expectStatus<Problem>(res, 400);
    expect(problem.code).toBe("validation_failed");
    expect(problem.errors?.map((e) => e.path)).toEqual(["body.url"]);
    expect(await countRows("ingests")).toBe(before);
  });

  it("accepts public names and public IP addresses, with the default port spelled out or not", () => {
    for (const url of [
      "https://articles.example/news",
      "http://articles.example:80/news",
      "https://articles.example:443/news",
      "https://93.184.215.14/",
      "https://[2606:4700:4700::1111]/",
      "https://xn--mnchen-3ya.example/",
    ]) {
      expect(() => checkFetchableUrl(url), url).not.toThrow();
    }
    expect(() => checkFetchableUrl("http://[::ffff:8.8.8.8]/")).not.toThrow();
    expect(() => checkFetchableUrl("http://[2002:7f00:1::]/")).toThrow(UnsafeUrlError);
  });
});

describe("host names that resolve to private addresses", () => {
  it.each([
    ["https://intranet.example/wiki", "private"],
    ["https://rebind.example/page", "unique-local"],
    ["https://metadata.example/latest/meta-data/", "link-local"],
  ])("refuses %s (resolves to a %s address) with 400 naming body.url", async (url, reason) => {
    const editor = await loginAs("editor");
    const before = await countRows("ingests");
    const res = await adminFetch(editor, "POST", "/admin/api/ingest", { url });
    const problem = await expectStatus<Problem>(res, 400);
    expect(problem.errors?.[0]?.path).toBe("body.url");
    expect(problem.errors?.[0]?.message).toContain(reason);
    expect(await countRows("ingests")).toBe(before);
  });

  it("answers a name that does not resolve with 422 naming body.url", async () => {
    const editor = await loginAs("editor");
    const res = await adminFetch(editor, "POST", "/admin/api/ingest", {
      url: "https://no-such-host.example/news",
    });
    const problem = await expectStatus<Problem>(res, 422);
    expect(problem.errors?.[0]).toMatchObject({ path: "body.url" });
    expect(problem.errors?.[0]?.message).toContain("does not resolve");
  });
});

describe("fetching an article by URL", () => {
  it("fetches the page, ingests it and records where it came from", async () => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, { url: `${UPSTREAM}/news/russia-taliban` });
    expect(draft).toMatchObject({
      status: "draft",
      inputKind: "url",
      url: `${UPSTREAM}/news/russia-taliban`,
    });
    expect(draft.result.article.format).toBe("html");
    expect(draft.result.mainEvent?.date?.value).toBe("2025-07-04");
    expect(draft.result.embeddedPosts.map((p) => p.handle)).toEqual(["@LegitTargets"]);
  });

  it("stores the accepted article under its canonical URL, and a second fetch names it as the duplicate", async () => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, {
      url: `${UPSTREAM}/news/russia-taliban?utm_source=x`,
    });
    const out = await expectStatus<{ sources: { id: string; url: string | null }[] }>(
      await acceptIngest(editor, draft.id, defaultSelection(draft.result)),
      201,
    );
    expect(out.sources[0]?.url).toBe(`${UPSTREAM}/news/russia-taliban`);
    const again = await startIngest(editor, { url: `${UPSTREAM}/go/russia-taliban` });
    expect(again.duplicateOf).toMatchObject({ sourceId: out.sources[0]?.id, matchedBy: "url" });
  });

  it("does not take a canonical link that points to another host", async () => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, { url: `${UPSTREAM}/mirror/russia-taliban` });
    expect(draft.result.article.url).toBe("https://elsewhere.example/news/russia-taliban");
    const out = await expectStatus<{ sources: { url: string | null }[] }>(
      await acceptIngest(editor, draft.id, { ...defaultSelection(draft.result), event: null }),
      201,
    );
    expect(out.sources[0]?.url).toBe(`${UPSTREAM}/mirror/russia-taliban`);
  });

  it("follows a redirect to a public page and keeps the final URL", async () => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, { url: `${UPSTREAM}/go/russia-taliban` });
    expect(draft.url).toBe(`${UPSTREAM}/news/russia-taliban`);
    expect(draft.result.mainEvent?.kind).toBe("diplomacy.recognition");
  });

  it.each([
    ["/go/private", "a loopback address"],
    ["/go/metadata", "a link-local address"],
    ["/go/ipv6-loopback", "the IPv6 loopback"],
    ["/go/intranet", "a name that resolves to a private address"],
  ])("refuses a redirect from %s to %s with 400 naming body.url", async (path) => {
    const editor = await loginAs("editor");
    const before = await countRows("ingests");
    const res = await adminFetch(editor, "POST", "/admin/api/ingest", {
      url: `${UPSTREAM}${path}`,
    });
    const problem = await expectStatus<Problem>(res, 400);
    expect(problem.errors?.[0]?.path).toBe("body.url");
    expect(problem.errors?.[0]?.message).toContain("after a redirect");
    expect(await countRows("ingests")).toBe(before);
  });

  it.each([
    ["/hop/0", 502, "upstream_failed", "redirects"],
    ["/report.pdf", 415, "unsupported_media_type", "application/pdf"],
    ["/huge.html", 413, "payload_too_large", "larger than"],
    ["/slow.html", 502, "upstream_failed", "within"],
    ["/missing.html", 422, "unprocessable", "404"],
    ["/broken.html", 502, "upstream_failed", "503"],
  ])("answers %s with %i (%s) naming body.url", async (path, status, code, words) => {
    const editor = await loginAs("editor");
    const before = await countRows("ingests");
    const res = await adminFetch(editor, "POST", "/admin/api/ingest", {
      url: `${UPSTREAM}${path}`,
    });
    const problem = await expectStatus<Problem>(res, status);
    expect(problem.code).toBe(code);
    expect(problem.errors?.[0]?.path).toBe("body.url");
    expect(problem.errors?.[0]?.message).toContain(words);
    expect(await countRows("ingests")).toBe(before);
  });

  it("ingests text/plain as text", async () => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, { url: `${UPSTREAM}/plain/russia-taliban.txt` });
    expect(draft.result.article.format).toBe("text");
    expect(draft.result.mainEvent?.date?.value).toBe("2025-07-04");
  });

  it("decodes a page with the charset its <meta> declares", async () => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, { url: `${UPSTREAM}/cp1252.html` });
    expect(draft.result.cleanedText).toContain("The café owner in Zürich said the naïve plan");
    expect(draft.result.cleanedText).not.toContain("\uFFFD");
  });
});
