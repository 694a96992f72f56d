import { describe, expect, it } from "vitest";
import { parsePartialDate } from "../src";

describe("parsePartialDate", () => {
  it("parses each precision with its range", () => {
    expect(parsePartialDate("2025-07-04")).toEqual({
      ok: true,
      date: { value: "2025-07-04", precision: "day", earliest: "2025-07-04", latest: "2025-07-04" },
    });
    expect(parsePartialDate("2024-02")).toMatchObject({
      ok: true,
      date: { precision: "month", latest: "2024-02-29" },
    });
    expect(parsePartialDate("2001")).toMatchObject({
      ok: true,
      date: { earliest: "2001-01-01", latest: "2001-12-31" },
    });
    expect(parsePartialDate("1990s")).toMatchObject({
      ok: true,
      date: { earliest: "1990-01-01", latest: "1999-12-31" },
    });
  });

  it("rejects impossible dates with a message saying why", () => {
    const feb30 = parsePartialDate("2025-02-30");
    expect(feb30.ok).toBe(false);
    if (!feb30.ok) expect(feb30.message).toContain("February 2025 has 28 days");
    expect(parsePartialDate("2025-13")).toMatchObject({
      ok: false,
      message: "month 13 does not exist",
    });
  });
});
