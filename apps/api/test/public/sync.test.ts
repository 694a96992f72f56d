import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_IDS } from "../../src/seed/demo-ids";
import { api, getJson } from "../support/api";
import {
  exec,
  makeClaim,
  makeClaimsBulk,
  makeEvent,
  makeSource,
  recordChange,
} from "../support/factories";
import { seedDemo } from "../support/seed";

type Change = {
  seq: number;
  type: string;
  id: string;
  action: string;
  mergedInto: string | null;
  href: string;
};
type ChangePage = { data: Change[]; lastSeq: number; next: string | null };

let retracted: string;
let loser: string;
let draft: string;

beforeAll(async () => {
  await seedDemo();
  // A published event that is then retracted, a duplicate merged into the recognition event,
  // and a draft that never reaches the feed: the rows the admin API writes.
  retracted = (await makeEvent({ title: "Retracted report", summary: "gone" })).id;
  await recordChange("event", retracted, "upsert");
  await exec("UPDATE events SET status = 'retracted' WHERE id = ?", retracted);
  await recordChange("event", retracted, "retract");
  loser = (await makeEvent({ title: "Duplicate recognition" })).id;
  await recordChange("event", loser, "upsert");
  await exec("UPDATE events SET merged_into = ? WHERE id = ?", DEMO_IDS.events.recognition, loser);
  await recordChange("event", loser, "merge", DEMO_IDS.events.recognition);
  draft = (await makeEvent({ title: "Draft never published", status: "draft" })).id;
});

describe("GET /v1/changes", () => {
  it("lists every change in seq order, with the retraction and the merge as tombstones", async () => {
    const page = await getJson<ChangePage>("/v1/changes?limit=1000");
    const seqs = page.data.map((c) => c.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(page.data.filter((c) => c.id === retracted).map((c) => c.action)).toEqual([
      "upsert",
      "retract",
    ]);
    expect(page.data.find((c) => c.id === loser && c.action === "merge")).toMatchObject({
      mergedInto: DEMO_IDS.events.recognition,
    });
    expect(page.data.some((c) => c.id === draft)).toBe(false);
    expect(
      page.data.some((c) => c.id === DEMO_IDS.claims.recognized && c.action === "upsert"),
    ).toBe(true);
    expect(page.next).toBeNull();
  });

  it("resumes after `since` and pages with next", async () => {
    const all = (await getJson<ChangePage>("/v1/changes?limit=1000")).data;
    const first = await getJson<ChangePage>("/v1/changes?limit=3");
    expect(first.data.map((c) => c.seq)).toEqual(all.slice(0, 3).map((c) => c.seq));
    expect(first.lastSeq).toBe(all[2]?.seq);
    const u = new URL(first.next as string);
    expect(u.searchParams.get("since")).toBe(String(first.lastSeq));
    const rest = await getJson<ChangePage>(`/v1/changes?since=${first.lastSeq}&limit=1000`);
    expect(rest.data.map((c) => c.seq)).toEqual(all.slice(3).map((c) => c.seq));
    const caughtUp = await getJson<ChangePage>(`/v1/changes?since=${rest.lastSeq}`);
    expect(caughtUp).toMatchObject({ data: [], next: null, lastSeq: rest.lastSeq });
  });

  it("rejects a negative or non-numeric since", async () => {
    for (const q of ["since=-1", "since=abc", "limit=0", "limit=1001"]) {
      expect((await api(`/v1/changes?${q}`)).status).toBe(400);
    }
  });
});

/** Elements in document order with their attributes and text, for checking the feed's shape. */
function parseXml(xml: string) {
  const stack: string[] = [];
  const open: { text: string }[] = [];
  const elements: { name: string; path: string; attrs: Record<string, string>; text: string }[] =
    [];
  const re =
    /<(\/?)([A-Za-z_:][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<\?xml[^>]*\?>|([^<]+)/g;
  let m: RegExpExecArray | null = re.exec(xml);
  let last: (typeof elements)[number] | undefined;
  while (m) {
    if (m[5] !== undefined) {
      if (m[5].includes("&") && !/^([^&]|&(amp|lt|gt|quot|apos|#\d+);)*$/.test(m[5]))
        throw new Error(`bad entity in ${m[5]}`);
      const top = open[open.length - 1];
      if (top) top.text += m[5];
    } else if (m[2]) {
      if (m[1]) {
        if (stack.pop() !== m[2]) throw new Error(`mismatched </${m[2]}>`);
        open.pop();
      } else {
        const attrs: Record<string, string> = {};
        for (const a of (m[3] ?? "").matchAll(/([\w:.-]+)="([^"]*)"/g))
          attrs[a[1] as string] = a[2] as string;
        last = { name: m[2], path: [...stack, m[2]].join("/"), attrs, text: "" };
        elements.push(last);
        if (!m[4]) {
          stack.push(m[2]);
          open.push(last);
        }
      }
    }
    m = re.exec(xml);
  }
  if (stack.length) throw new Error(`unclosed ${stack.join(",")}`);
  return elements;
}

describe("GET /v1/feed.atom", () => {
  it("is a well-formed Atom 1.0 feed with the required elements and a tombstone per removed record", async () => {
    const res = await api("/v1/feed.atom");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await res.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const els = parseXml(xml);
    const feed = els[0];
    expect(feed?.name).toBe("feed");
    expect(feed?.attrs.xmlns).toBe("http://www.w3.org/2005/Atom");
    for (const name of ["id", "title", "updated", "author"]) {
      expect(els.filter((e) => e.path === `feed/${name}`)).toHaveLength(1);
    }
    expect(els.find((e) => e.path === "feed/link" && e.attrs.rel === "self")?.attrs.href).toBe(
      "http://factline.test/v1/feed.atom",
    );
    const entries = els.filter((e) => e.path === "feed/entry");
    expect(entries.length).toBeGreaterThanOrEqual(14);
    const idx = els.indexOf(entries[0] as never);
    const firstEntryChildren = els.slice(idx + 1, idx + 6).map((e) => e.name);
    expect(firstEntryChildren).toEqual(["id", "title", "updated", "link", "summary"]);
    const ids = els.filter((e) => e.path === "feed/entry/id").map((e) => e.text);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^tag:factline\.dev,2025:(event|claim)\/(evt|clm)_/);
    for (const u of els.filter((e) => e.path.endsWith("/updated"))) {
      expect(Number.isNaN(Date.parse(u.text))).toBe(false);
    }
    const deleted = els.filter((e) => e.name === "at:deleted-entry").map((e) => e.attrs.ref);
    expect(deleted.sort()).toEqual(
      [`tag:factline.dev,2025:event/${loser}`, `tag:factline.dev,2025:event/${retracted}`].sort(),
    );
    expect(ids).not.toContain(`tag:factline.dev,2025:event/${retracted}`);
    expect(xml).not.toContain(draft);
  });

  it("escapes markup in titles", async () => {
    const ev = await makeEvent({ title: 'Talks <b>&</b> "quotes"' });
    await recordChange("event", ev.id, "upsert");
    const xml = await (await api("/v1/feed.atom")).text();
    expect(xml).toContain("Talks &lt;b&gt;&amp;&lt;/b&gt; &quot;quotes&quot;");
    expect(() => parseXml(xml)).not.toThrow();
  });
});

describe("GET /v1/export.ndjson", () => {
  it("streams every public record as one JSON object per line, then tombstones", async () => {
    const res = await api("/v1/export.ndjson");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(res.headers.get("etag")).toMatch(/^"[\w-]+"$/);
    expect(res.body).toBeInstanceOf(ReadableStream);
    const lines = (await res.text())
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    const types = lines.map((l) => l.type);
    const order = ["actor", "source", "event", "claim", "tombstone"];
    expect(types.map((t) => order.indexOf(t))).toEqual(
      [...types.map((t) => order.indexOf(t))].sort(),
    );
    const idsOf = (t: string) => lines.filter((l) => l.type === t).map((l) => l.record.id);
    expect(idsOf("claim")).toEqual(expect.arrayContaining(Object.values(DEMO_IDS.claims)));
    expect(idsOf("source")).toEqual(expect.arrayContaining(Object.values(DEMO_IDS.sources)));
    expect(idsOf("event")).not.toContain(draft);
    expect(idsOf("event")).not.toContain(retracted);
    expect(idsOf("event")).not.toContain(loser);
    expect(idsOf("actor")).not.toContain(DEMO_IDS.actors.isis);
    const tombstones = lines
      .filter((l) => l.type === "tombstone")
      .map((l) => [l.record.recordId, l.record.action]);
    expect(tombstones).toEqual(
      expect.arrayContaining([
        [retracted, "retract"],
        [loser, "merge"],
      ]),
    );
  });

  it("pages through D1 in chunks without losing or repeating records", async () => {
    const src = await makeSource();
    await makeClaim({ sourceId: src });
    // More than two export chunks (500 rows each).
    const made = await makeClaimsBulk(1050, src);
    const text = await (await api("/v1/export.ndjson")).text();
    const claimIds = text
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l))
      .filter((l) => l.type === "claim")
      .map((l) => l.record.id);
    expect(new Set(claimIds).size).toBe(claimIds.length);
    expect(claimIds).toEqual(expect.arrayContaining(made));
  });

  it("answers a matching If-None-Match with 304", async () => {
    const first = await api("/v1/export.ndjson");
    const etag = first.headers.get("etag") as string;
    await first.body?.cancel();
    const again = await api("/v1/export.ndjson", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});
