import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assertionValuesCompatible,
  type Claim,
  ConflictSchema,
  canonicalAssertionValue,
  detectConflicts,
  newId,
} from "../src";
import { makeClaim } from "./factories";

const event = newId("evt");
const otherEvent = newId("evt");

function dateClaim(value: string, overrides: Partial<Claim> = {}): Claim {
  return makeClaim({
    eventIds: [event],
    assertion: { property: "event.date", value },
    ...overrides,
  });
}

describe("detectConflicts", () => {
  it("reports the seed's July 3 / July 4 dispute with each value's claims", () => {
    const tweet = dateClaim("2025-07-04");
    const report1 = dateClaim("2025-07-03");
    const report2 = dateClaim("2025-07-03");
    const conflicts = detectConflicts([tweet, report1, report2]);
    expect(conflicts).toHaveLength(1);
    const [c] = conflicts;
    expect(ConflictSchema.parse(c)).toEqual(c);
    expect(c).toEqual({
      key: `${event}:event.date`,
      eventId: event,
      property: "event.date",
      values: [
        {
          value: "2025-07-03",
          claimIds: [report1.id, report2.id].sort(),
          preferredClaimIds: [],
          deprecatedClaimIds: [],
          contradicts: ["2025-07-04"],
        },
        {
          value: "2025-07-04",
          claimIds: [tweet.id],
          preferredClaimIds: [],
          deprecatedClaimIds: [],
          contradicts: ["2025-07-03"],
        },
      ],
      claimIds: [tweet.id, report1.id, report2.id].sort(),
      resolved: false,
      preferredValue: null,
    });
  });

  it("does not treat dates at different precisions that overlap as a conflict", () => {
    expect(detectConflicts([dateClaim("2025-07-04"), dateClaim("2025-07")])).toEqual([]);
    expect(
      detectConflicts([dateClaim("2025"), dateClaim("2020s"), dateClaim("2025-07-04")]),
    ).toEqual([]);
  });

  it("lists a compatible vaguer date alongside the disputed ones", () => {
    const [c] = detectConflicts([
      dateClaim("2025-07"),
      dateClaim("2025-07-04"),
      dateClaim("2025-07-03"),
    ]);
    // Chronological by earliest day: July 2025 starts before the 3rd.
    expect(c?.values.map((v) => [v.value, v.contradicts])).toEqual([
      ["2025-07", []],
      ["2025-07-03", ["2025-07-04"]],
      ["2025-07-04", ["2025-07-03"]],
    ]);
  });

  it("ignores retracted claims and claims without assertions", () => {
    expect(
      detectConflicts([
        dateClaim("2025-07-04"),
        dateClaim("2025-07-03", { status: "retracted" }),
        makeClaim({ eventIds: [event], assertion: null }),
      ]),
    ).toEqual([]);
  });

  it("only compares claims about the same event and the same property", () => {
    expect(
      detectConflicts([
        dateClaim("2025-07-04"),
        dateClaim("2025-07-03", { eventIds: [otherEvent] }),
        makeClaim({ eventIds: [event], assertion: { property: "event.place", value: "AF" } }),
      ]),
    ).toEqual([]);
  });

  it("compares values in canonical form", () => {
    const place = (value: string) =>
      makeClaim({ eventIds: [event], assertion: { property: "event.place", value } });
    expect(detectConflicts([place("af"), place("AF"), place(" AF ")])).toEqual([]);
    const [c] = detectConflicts([place("AF"), place("ru")]);
    expect(c?.values.map((v) => v.value)).toEqual(["AF", "RU"]);
    const casualties = (value: string) =>
      makeClaim({ eventIds: [event], assertion: { property: "event.casualties", value } });
    expect(detectConflicts([casualties("1,200"), casualties("1200")])).toEqual([]);
    expect(detectConflicts([casualties("12"), casualties("13")])).toHaveLength(1);
  });

  it("counts a claim about several events once in each event's conflicts", () => {
    const both = dateClaim("2025-07-04", { eventIds: [event, otherEvent, event] });
    const conflicts = detectConflicts([
      both,
      dateClaim("2025-07-03"),
      dateClaim("2025-07-01", { eventIds: [otherEvent] }),
    ]);
    expect(conflicts.map((c) => c.eventId)).toEqual([event, otherEvent].sort());
    for (const c of conflicts)
      expect(c.values.find((v) => v.value === "2025-07-04")?.claimIds).toEqual([both.id]);
  });

  it("is resolved once one value is preferred and every contradicting claim deprecated", () => {
    const tweet = dateClaim("2025-07-04", {
      rank: "deprecated",
      rankReason: "contradicted by the decree",
    });
    const report = dateClaim("2025-07-03", { rank: "preferred", rankReason: "matches the decree" });
    const vague = dateClaim("2025-07");
    const [c] = detectConflicts([tweet, report, vague]);
    expect(c?.resolved).toBe(true);
    expect(c?.preferredValue).toBe("2025-07-03");
    expect(c?.values.find((v) => v.value === "2025-07-03")?.preferredClaimIds).toEqual([report.id]);
  });

  it("stays open while any contradicting claim is not deprecated, or no single value is preferred", () => {
    const pref = { rank: "preferred", rankReason: "r" } as const;
    const dep = { rank: "deprecated", rankReason: "r" } as const;
    const cases: Claim[][] = [
      [dateClaim("2025-07-03", pref), dateClaim("2025-07-04")],
      [dateClaim("2025-07-03", pref), dateClaim("2025-07-04", dep), dateClaim("2025-07-04")],
      [dateClaim("2025-07-03", pref), dateClaim("2025-07-04", pref)],
      [dateClaim("2025-07-03", dep), dateClaim("2025-07-04", dep)],
      // A vague preferred date leaves the dispute between two days standing.
      [dateClaim("2025-07", pref), dateClaim("2025-07-03"), dateClaim("2025-07-04")],
    ];
    for (const claims of cases) {
      const [c] = detectConflicts(claims);
      expect(c?.resolved).toBe(false);
      expect(c?.preferredValue).toBeNull();
    }
  });

  it("gives the same output whatever order the claims come in", () => {
    const claims = [
      dateClaim("2025-07-04"),
      dateClaim("2025-07-03"),
      dateClaim("2025-07"),
      dateClaim("2025-07-01", { eventIds: [otherEvent] }),
      dateClaim("2024", { eventIds: [otherEvent] }),
      makeClaim({ eventIds: [event], assertion: { property: "event.place", value: "AF" } }),
      makeClaim({ eventIds: [event], assertion: { property: "event.place", value: "RU" } }),
    ];
    const expected = detectConflicts(claims);
    expect(expected.map((c) => c.key)).toEqual(
      [`${event}:event.date`, `${event}:event.place`, `${otherEvent}:event.date`].sort(),
    );
    fc.assert(
      fc.property(fc.shuffledSubarray(claims, { minLength: claims.length }), (shuffled) => {
        expect(detectConflicts(shuffled)).toEqual(expected);
      }),
    );
  });

  it("reports a conflict exactly when some pair of values contradicts", () => {
    const dateText = fc.constantFrom(
      "2025-07-03",
      "2025-07-04",
      "2025-07",
      "2025",
      "2024-12-31",
      "2020s",
    );
    fc.assert(
      fc.property(fc.array(dateText, { minLength: 1, maxLength: 6 }), (values) => {
        const claims = values.map((v) => dateClaim(v));
        const canon = [...new Set(values)];
        const disputed = canon.some((a) =>
          canon.some((b) => !assertionValuesCompatible("event.date", a, b)),
        );
        expect(detectConflicts(claims).length).toBe(disputed ? 1 : 0);
      }),
    );
  });
});

describe("canonicalAssertionValue", () => {
  it("normalizes each property's spelling", () => {
    expect(canonicalAssertionValue("event.date", " 2025-07-04 ")).toBe("2025-07-04");
    expect(canonicalAssertionValue("event.place", "af")).toBe("AF");
    expect(canonicalAssertionValue("event.casualties", "1 200")).toBe("1200");
    expect(canonicalAssertionValue("event.outcome", "  Formal   Recognition ")).toBe(
      "formal recognition",
    );
  });

  it("treats dates as compatible when they overlap, other values only when equal", () => {
    expect(assertionValuesCompatible("event.date", "2025-07", "2025-07-04")).toBe(true);
    expect(assertionValuesCompatible("event.date", "2025-07-03", "2025-07-04")).toBe(false);
    expect(assertionValuesCompatible("event.place", "AF", "RU")).toBe(false);
    expect(assertionValuesCompatible("event.place", "AF", "AF")).toBe(true);
  });
});
