import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { expectStatus, makeClaim, makeSource } from "./editing-support";
import { acceptIngest, defaultSelection, seedVariant, startIngest } from "./ingest-support";
import { adminFetch, loginAs } from "./support/auth";

// What the admin source reader reads in one request each: the claims drawn from a source,
// the posts embedded in it, and the ingest that created it.

type Page<T> = { data: T[]; next: string | null };

describe("admin lists for the source reader", () => {
  it("lists claims naming a source or quoting it as evidence, and no others", async () => {
    const editor = await loginAs("editor");
    const source = await makeSource(editor);
    const other = await makeSource(editor);
    const named = await makeClaim(editor, { sourceId: source.id });
    const quoted = await makeClaim(editor, { sourceId: other.id });
    const unrelated = await makeClaim(editor, { sourceId: other.id });
    await expectStatus(
      await adminFetch(editor, "POST", `/admin/api/claims/${quoted.id}/evidence`, {
        sourceId: source.id,
        quote: "Russia formally recognized",
        start: 0,
        end: 26,
      }),
      201,
    );

    const page = await expectStatus<Page<{ id: string }>>(
      await adminFetch(editor, "GET", `/admin/api/claims?source=${source.id}&limit=100`),
      200,
    );
    const ids = page.data.map((c) => c.id);
    expect(ids.sort()).toEqual([named.id, quoted.id].sort());
    expect(ids).not.toContain(unrelated.id);
  });

  it("refuses a malformed source filter with a problem naming the field", async () => {
    const editor = await loginAs("editor");
    const res = await adminFetch(editor, "GET", "/admin/api/claims?source=evt_nope");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(await res.text()).toContain("source");
  });

  it("finds the ingest that created a source and the posts embedded in it", async () => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, { text: seedVariant(env.SEED_ARTICLE, "reader") });
    const accepted = await expectStatus<{ sources: { id: string; embeddedIn: string | null }[] }>(
      await acceptIngest(editor, draft.id, defaultSelection(draft.result)),
      201,
    );
    const [article, ...posts] = accepted.sources;
    if (!article) throw new Error("accept created no source");
    expect(posts.length).toBeGreaterThan(0);

    const ingests = await expectStatus<Page<{ id: string; sourceId: string | null }>>(
      await adminFetch(editor, "GET", `/admin/api/ingest?status=accepted&source=${article.id}`),
      200,
    );
    expect(ingests.data).toEqual([expect.objectContaining({ id: draft.id, sourceId: article.id })]);

    const embedded = await expectStatus<Page<{ id: string; embeddedIn: string | null }>>(
      await adminFetch(editor, "GET", `/admin/api/sources?embeddedIn=${article.id}`),
      200,
    );
    expect(embedded.data.map((s) => s.id).sort()).toEqual(posts.map((p) => p.id).sort());
  });
});
