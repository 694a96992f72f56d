import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  comparePartialDates,
  DatePrecision,
  dayDate,
  daysInMonth,
  describePartialDate,
  formatPartialDate,
  type PartialDate,
  PartialDateSchema,
  PartialDateText,
  parsePartialDate,
  partialDateContains,
  partialDatesOverlap,
} from "../src";
import { date } from "./factories";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** Valid partial-date texts of every precision. */
const dayText = fc
  .record({ y: fc.integer({ min: 1, max: 9999 }), m: fc.integer({ min: 1, max: 12 }) })
  .chain(({ y, m }) =>
    fc.integer({ min: 1, max: daysInMonth(y, m) }).map((d) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
  );
const monthText = fc
  .record({ y: fc.integer({ min: 1, max: 9999 }), m: fc.integer({ min: 1, max: 12 }) })
  .map(({ y, m }) => `${pad(y, 4)}-${pad(m)}`);
const yearText = fc.integer({ min: 1, max: 9999 }).map((y) => pad(y, 4));
const decadeText = fc.integer({ min: 0, max: 999 }).map((d) => `${pad(d, 3)}0s`);
const anyText = fc.oneof(dayText, monthText, yearText, decadeText);
const anyDate = anyText.map((t) => date(t));

describe("parsePartialDate", () => {
  it("parses each precision with its range", () => {
    expect(parsePartialDate("2025-07-04")).toEqual({
      ok: true,
      date: { value: "2025-07-04", precision: "day", earliest: "2025-07-04", latest: "2025-07-04" },
    });
    expect(parsePartialDate("2024-02")).toMatchObject({
      ok: true,
      date: { precision: "month", earliest: "2024-02-01", latest: "2024-02-29" },
    });
    expect(parsePartialDate("2001")).toMatchObject({
      ok: true,
      date: { precision: "year", earliest: "2001-01-01", latest: "2001-12-31" },
    });
    expect(parsePartialDate("1990s")).toMatchObject({
      ok: true,
      date: { precision: "decade", earliest: "1990-01-01", latest: "1999-12-31" },
    });
  });

  it("trims surrounding whitespace", () => {
    expect(parsePartialDate("  2021-08 \n")).toMatchObject({
      ok: true,
      date: { value: "2021-08" },
    });
  });

  it("rejects impossible days, naming the month's length", () => {
    const cases: [string, string][] = [
      ["2025-02-30", "February 2025 has 28 days, so day 30 does not exist"],
      ["2023-02-29", "February 2023 has 28 days, so day 29 does not exist"],
      ["1900-02-29", "February 1900 has 28 days, so day 29 does not exist"],
      ["2025-04-31", "April 2025 has 30 days, so day 31 does not exist"],
      ["2025-07-00", "July 2025 has 31 days, so day 00 does not exist"],
    ];
    for (const [text, message] of cases) {
      expect(parsePartialDate(text), text).toEqual({ ok: false, message });
    }
  });

  it("accepts 29 February in leap years only", () => {
    expect(parsePartialDate("2024-02-29").ok).toBe(true);
    expect(parsePartialDate("2000-02-29").ok).toBe(true);
    expect(parsePartialDate("2100-02-29").ok).toBe(false);
  });

  it("rejects months that do not exist and year zero", () => {
    expect(parsePartialDate("2025-13")).toEqual({ ok: false, message: "month 13 does not exist" });
    expect(parsePartialDate("2025-00-10")).toEqual({
      ok: false,
      message: "month 00 does not exist",
    });
    expect(parsePartialDate("0000")).toEqual({ ok: false, message: "year must be 0001 or later" });
  });

  it("rejects other shapes with the accepted forms, quoting at most 40 characters", () => {
    for (const text of ["July 4", "2025/07/04", "25-07-04", "1995s", "", "2025-7-4"]) {
      const r = parsePartialDate(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok)
        expect(r.message).toContain("use YYYY-MM-DD, YYYY-MM, YYYY or a decade like 1990s");
    }
    const long = parsePartialDate("x".repeat(10_000));
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.message.length).toBeLessThan(120);
  });

  it("rejects every day past the end of its month", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 29, max: 99 }),
        (y, m, d) => {
          fc.pre(d > daysInMonth(y, m));
          const r = parsePartialDate(`${pad(y, 4)}-${pad(m)}-${pad(d)}`);
          return !r.ok && r.message.includes(`has ${daysInMonth(y, m)} days`);
        },
      ),
    );
  });
});

describe("formatPartialDate round trips", () => {
  it("formats every valid text back to itself", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = parsePartialDate(text);
        return r.ok && formatPartialDate(r.date) === text;
      }),
    );
  });

  it("parses every formatted date back to the same date, valid under PartialDateSchema", () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        const again = parsePartialDate(formatPartialDate(d));
        expect(again).toEqual({ ok: true, date: d });
        expect(PartialDateSchema.parse(d)).toEqual(d);
        expect(DatePrecision.parse(d.precision)).toBe(d.precision);
        expect(d.earliest <= d.latest).toBe(true);
      }),
    );
  });

  it("builds day dates and refuses impossible ones", () => {
    expect(dayDate(2025, 7, 4).value).toBe("2025-07-04");
    expect(() => dayDate(2025, 2, 30)).toThrow(RangeError);
  });
});

describe("comparePartialDates", () => {
  const sign = (n: number) => Math.sign(n);

  it("is antisymmetric and zero exactly for equal dates", () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(sign(comparePartialDates(a, b))).toBe(-sign(comparePartialDates(b, a)) || 0);
        expect(comparePartialDates(a, b) === 0).toBe(a.value === b.value);
      }),
    );
  });

  it("is transitive", () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (a, b, c) => {
        if (comparePartialDates(a, b) <= 0 && comparePartialDates(b, c) <= 0) {
          expect(comparePartialDates(a, c)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  it("orders by earliest day first", () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        if (a.earliest < b.earliest) expect(comparePartialDates(a, b)).toBeLessThan(0);
      }),
    );
  });

  it("puts the more precise of two dates starting the same day first", () => {
    const sorted = [date("2021"), date("2021-01"), date("2020s"), date("2021-01-01")].sort(
      comparePartialDates,
    );
    expect(sorted.map((d) => d.value)).toEqual(["2020s", "2021-01-01", "2021-01", "2021"]);
  });

  it("sorts to the same order whatever the input order, keeping equal dates in input order", () => {
    fc.assert(
      fc.property(fc.array(anyDate, { maxLength: 30 }), fc.integer(), (dates, seed) => {
        const tagged = dates.map((d, i) => ({ d, i }));
        const shuffled = [...tagged].sort(
          (x, y) => ((x.i * 7919 + seed) % 31) - ((y.i * 7919 + seed) % 31),
        );
        const a = [...tagged].sort((x, y) => comparePartialDates(x.d, y.d));
        const b = [...shuffled].sort((x, y) => comparePartialDates(x.d, y.d));
        expect(a.map((t) => t.d.value)).toEqual(b.map((t) => t.d.value));
        // stability: among equal dates, the original order survives the sort
        for (let k = 1; k < a.length; k++) {
          const prev = a[k - 1];
          const cur = a[k];
          if (prev && cur && prev.d.value === cur.d.value) expect(prev.i).toBeLessThan(cur.i);
        }
      }),
    );
  });
});

describe("overlap and containment", () => {
  it("overlap is symmetric and reflexive", () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(partialDatesOverlap(a, b)).toBe(partialDatesOverlap(b, a));
        expect(partialDatesOverlap(a, a)).toBe(true);
      }),
    );
  });

  it("containment implies overlap, and mutual containment means the same range", () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        if (partialDateContains(a, b)) expect(partialDatesOverlap(a, b)).toBe(true);
        if (partialDateContains(a, b) && partialDateContains(b, a)) {
          expect([a.earliest, a.latest]).toEqual([b.earliest, b.latest]);
        }
      }),
    );
  });

  it("a date contains its own first and last day", () => {
    fc.assert(
      fc.property(anyDate, (d: PartialDate) => {
        expect(partialDateContains(d, date(d.earliest))).toBe(true);
        expect(partialDateContains(d, date(d.latest))).toBe(true);
      }),
    );
  });

  it("treats a month and a day within it as overlapping, different days as not", () => {
    expect(partialDatesOverlap(date("2025-07"), date("2025-07-04"))).toBe(true);
    expect(partialDatesOverlap(date("2025-07-03"), date("2025-07-04"))).toBe(false);
    expect(partialDateContains(date("2021"), date("2021-08-15"))).toBe(true);
    expect(partialDateContains(date("2021-08-15"), date("2021"))).toBe(false);
  });
});

describe("describePartialDate", () => {
  it("reads each precision naturally", () => {
    expect(describePartialDate(date("2025-07-04"))).toBe("4 July 2025");
    expect(describePartialDate(date("2021-08"))).toBe("August 2021");
    expect(describePartialDate(date("2001"))).toBe("2001");
    expect(describePartialDate(date("1990s"))).toBe("the 1990s");
  });
});

describe("PartialDateText", () => {
  it("turns text into a PartialDate and reports invalid dates as zod issues", () => {
    expect(PartialDateText.parse("2025-07")).toEqual(date("2025-07"));
    const r = PartialDateText.safeParse("2025-02-30");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("February 2025 has 28 days, so day 30 does not exist");
  });

  it("PartialDateSchema rejects malformed stored dates", () => {
    expect(
      PartialDateSchema.safeParse({
        value: "July",
        precision: "month",
        earliest: "2025-07-01",
        latest: "2025-07-31",
      }).success,
    ).toBe(false);
  });
});
