import { describe, expect, it } from "vitest";
import { getJson } from "../support/api";
import { exec, makeClaim, makeEvent, makeSource } from "../support/factories";

// Search reads indexes that hold only public claims and events, kept by triggers
// (migrations/0002_search_public_fts.sql): these follow a record through every status change.
type Result = { data: { type: string; id: string; snippet: string }[] };
const ids = async (q: string, type: string) =>
  (await getJson<Result>(`/v1/search?q=${encodeURIComponent(q)}&type=${type}`)).data.map(
    (h) => h.id,
  );

describe("search follows a claim through publish, edit, retract, merge and delete", () => {
  it("shows the claim only while it is published and not merged, with its current text", async () => {
    const src = await makeSource({ title: "Quokka source" });
    const id = await makeClaim({ sourceId: src, text: "Quokka draft claim", status: "unreviewed" });
    expect(await ids("quokka", "claim")).toEqual([]);

    await exec("UPDATE claims SET status = 'published' WHERE id = ?", id);
    expect(await ids("quokka", "claim")).toEqual([id]);

    // Editing the text of a published claim re-indexes it: the old word is gone.
    await exec(
      "UPDATE claims SET text = 'Numbat claim', statement = 'Numbat claim' WHERE id = ?",
      id,
    );
    expect(await ids("quokka", "claim")).toEqual([]);
    expect(await ids("numbat", "claim")).toEqual([id]);

    await exec("UPDATE claims SET status = 'retracted' WHERE id = ?", id);
    expect(await ids("numbat", "claim")).toEqual([]);

    // Editing while unpublished must not make it visible either.
    await exec(
      "UPDATE claims SET text = 'Numbat again', statement = 'Numbat again' WHERE id = ?",
      id,
    );
    expect(await ids("numbat", "claim")).toEqual([]);

    await exec("UPDATE claims SET status = 'published' WHERE id = ?", id);
    const hits = await getJson<Result>("/v1/search?q=numbat&type=claim");
    expect(hits.data.map((h) => h.id)).toEqual([id]);
    expect(hits.data[0]?.snippet).toContain("<mark>Numbat</mark> again");

    const winner = await makeClaim({ sourceId: src, text: "Bilby claim" });
    await exec("UPDATE claims SET merged_into = ? WHERE id = ?", winner, id);
    expect(await ids("numbat", "claim")).toEqual([]);
    expect(await ids("bilby", "claim")).toEqual([winner]);

    await exec("DELETE FROM evidence WHERE claim_id = ?", winner);
    await exec("DELETE FROM claims WHERE id = ?", winner);
    expect(await ids("bilby", "claim")).toEqual([]);
  });
});

describe("search follows an event through publish, edit, retract and delete", () => {
  it("shows the event only while it is published, with its current title", async () => {
    const { id } = await makeEvent({ title: "Wallaby summit", status: "draft" });
    expect(await ids("wallaby", "event")).toEqual([]);

    await exec("UPDATE events SET status = 'published' WHERE id = ?", id);
    expect(await ids("wallaby", "event")).toEqual([id]);

    await exec("UPDATE events SET title = 'Dingo summit' WHERE id = ?", id);
    expect(await ids("wallaby", "event")).toEqual([]);
    expect(await ids("dingo", "event")).toEqual([id]);

    await exec("UPDATE events SET status = 'retracted' WHERE id = ?", id);
    expect(await ids("dingo", "event")).toEqual([]);

    await exec("UPDATE events SET status = 'published' WHERE id = ?", id);
    expect(await ids("dingo", "event")).toEqual([id]);

    await exec("DELETE FROM events WHERE id = ?", id);
    expect(await ids("dingo", "event")).toEqual([]);
  });

  it("ranks across kinds and returns at most limit hits, each with a snippet", async () => {
    const src = await makeSource({ title: "Echidna source", text: "echidna echidna" });
    await makeClaim({ sourceId: src, text: "Echidna claim one" });
    await makeClaim({ sourceId: src, text: "Echidna claim two" });
    await makeEvent({ title: "Echidna event" });
    const all = await getJson<Result & { data: { score: number }[] }>("/v1/search?q=echid");
    expect(new Set(all.data.map((h) => h.type))).toEqual(new Set(["event", "claim", "source"]));
    expect(all.data.every((h) => h.snippet.includes("<mark>"))).toBe(true);
    const two = await getJson<Result & { data: { score: number }[] }>("/v1/search?q=echid&limit=2");
    expect(two.data).toEqual(all.data.slice(0, 2));
  });
});
