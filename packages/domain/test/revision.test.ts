import { describe, expect, it } from "vitest";
import { diffRecords } from "../src";

describe("diffRecords", () => {
  it("lists changed, added and removed fields in key order, leaving out bookkeeping", () => {
    expect(
      diffRecords(
        { title: "Old", summary: "s", places: ["AF"], version: 1, updatedAt: "a", gone: 1 },
        {
          title: "New",
          summary: "s",
          places: ["AF", "RU"],
          version: 2,
          updatedAt: "b",
          added: true,
        },
      ),
    ).toEqual([
      { path: "added", before: undefined, after: true },
      { path: "gone", before: 1, after: undefined },
      { path: "places", before: ["AF"], after: ["AF", "RU"] },
      { path: "title", before: "Old", after: "New" },
    ]);
  });

  it("does not report nested objects whose keys merely come in another order", () => {
    expect(
      diffRecords(
        {
          externalIds: { wikidata: "Q159", iso3166: "RU" },
          date: { value: "2025", precision: "year" },
        },
        {
          externalIds: { iso3166: "RU", wikidata: "Q159" },
          date: { precision: "year", value: "2025" },
        },
      ),
    ).toEqual([]);
  });

  it("still reports a changed nested value and array order", () => {
    expect(diffRecords({ ext: { a: 1 } }, { ext: { a: 2 } })).toHaveLength(1);
    expect(diffRecords({ places: ["AF", "RU"] }, { places: ["RU", "AF"] })).toHaveLength(1);
  });

  it("diffs a created record against nothing and a deleted one against nothing", () => {
    expect(diffRecords(null, { title: "T", version: 1 })).toEqual([
      { path: "title", before: undefined, after: "T" },
    ]);
    expect(diffRecords({ title: "T" }, null)).toEqual([
      { path: "title", before: "T", after: undefined },
    ]);
  });

  it("tells null apart from a missing field", () => {
    expect(diffRecords({ note: null }, {})).toEqual([
      { path: "note", before: null, after: undefined },
    ]);
  });
});
