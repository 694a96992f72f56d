import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import {
  ALL_ID_PREFIXES,
  ClaimId,
  EventId,
  ID_PREFIXES,
  type IdPrefix,
  idSchema,
  idTime,
  isId,
  MAX_ID_TIME,
  newId,
  parseId,
} from "../src";

const prefix = fc.constantFrom(...ALL_ID_PREFIXES);
const time = fc.integer({ min: 0, max: MAX_ID_TIME });

describe("newId / parseId", () => {
  it("lists every prefix of ID_PREFIXES", () => {
    expect(ALL_ID_PREFIXES).toEqual(Object.values(ID_PREFIXES));
    expect(ALL_ID_PREFIXES).toEqual(
      expect.arrayContaining(["evt", "src", "clm", "act", "usr", "rev"]),
    );
  });

  it("parses every new id with its own prefix and rejects it under every other prefix", () => {
    fc.assert(
      fc.property(prefix, time, (p, t) => {
        const id = newId(p, t);
        expect(id).toMatch(new RegExp(`^${p}_[0-9A-HJKMNP-TV-Z]{26}$`));
        expect(isId(id)).toBe(true);
        expect(parseId(p, id)).toEqual({ ok: true, id });
        expect(idSchema(p).safeParse(id).success).toBe(true);
        for (const other of ALL_ID_PREFIXES.filter((o) => o !== p)) {
          const r = parseId(other as IdPrefix, id);
          expect(r.ok).toBe(false);
          if (!r.ok)
            expect(r.message).toBe(`expected an id starting with "${other}_", got "${p}_…"`);
          expect(idSchema(other as IdPrefix).safeParse(id).success).toBe(false);
        }
      }),
    );
  });

  it("recovers the time an id was made at", () => {
    fc.assert(fc.property(prefix, time, (p, t) => idTime(newId(p, t)) === t));
    const before = Date.now();
    const id = newId("evt");
    expect(idTime(id)).toBeGreaterThanOrEqual(before);
    expect(idTime(id)).toBeLessThanOrEqual(Date.now());
  });

  it("sorts ids made at later times after earlier ones", () => {
    fc.assert(
      fc.property(prefix, time, time, (p, a, b) => {
        fc.pre(a !== b);
        const [x, y] = [newId(p, a), newId(p, b)];
        expect(x < y).toBe(a < b);
      }),
    );
  });

  it("keeps many ids made in one millisecond in creation order", () => {
    const t = Date.UTC(2025, 6, 4);
    const ids = Array.from({ length: 5000 }, () => newId("clm", t));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => idTime(id) === t)).toBe(true);
  });

  it("moves to the next millisecond when the in-millisecond counter runs out", () => {
    // Random digits all at their maximum (byte 255 → digit 31) leave no room to count up.
    const webCrypto = (
      globalThis as unknown as { crypto: { getRandomValues(a: Uint8Array): Uint8Array } }
    ).crypto;
    const spy = vi
      .spyOn(webCrypto, "getRandomValues")
      .mockImplementation((array: Uint8Array) => array.fill(255));
    try {
      const t = Date.UTC(2025, 6, 3);
      const first = newId("evt", t);
      const second = newId("evt", t);
      expect(idTime(first)).toBe(t);
      expect(idTime(second)).toBe(t + 1);
      expect(second > first).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });

  it("refuses times an id cannot hold", () => {
    for (const bad of [-1, 1.5, MAX_ID_TIME + 1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => newId("evt", bad), String(bad)).toThrow(RangeError);
    }
  });

  it("rejects malformed ids, quoting at most a short prefix", () => {
    for (const bad of [
      "",
      "evt_",
      "evt_01K6Z8Q0F8W3M5N7P9R1S3T5V", // one character short
      "evt_01K6Z8Q0F8W3M5N7P9R1S3T5VU", // U is not Crockford base32
      "evt_01k6z8q0f8w3m5n7p9r1s3t5v7", // lower case
      "xyz_01K6Z8Q0F8W3M5N7P9R1S3T5V7",
      "EVT_01K6Z8Q0F8W3M5N7P9R1S3T5V7",
    ]) {
      expect(isId(bad), bad).toBe(false);
      expect(parseId("evt", bad).ok, bad).toBe(false);
      expect(Number.isNaN(idTime(bad)), bad).toBe(true);
    }
    const r = parseId("evt", "y".repeat(100_000));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeLessThan(80);
  });

  it("exposes per-kind zod schemas with a clear message", () => {
    expect(EventId.safeParse(newId("evt")).success).toBe(true);
    const r = ClaimId.safeParse(newId("evt"));
    expect(r.error?.issues[0]?.message).toBe('must be an id starting with "clm_"');
  });
});
