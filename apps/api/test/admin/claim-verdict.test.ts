/**
 * The claim's current verdict is stored on the claim (claims.verdict, for indexed `verdict=`
 * filters): written in the batch of each review, backfilled by its migration, and watched by
 * the integrity checker.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { checkIntegrity } from "../../src/db/integrity/run";
import { getJson } from "../support/api";
import { makeClaim, makeSource } from "../support/factories";
import { expectStatus, storedRow } from "./editing-support";
import { adminFetch, loginAs } from "./support/auth";

const publicIds = async (verdict: string) =>
  (await getJson<{ data: { id: string }[] }>(`/v1/claims?verdict=${verdict}&limit=100`)).data.map(
    (c) => c.id,
  );

const storedVerdict = async (id: string) =>
  ((await storedRow("claims", id)) as { verdict: string | null } | null)?.verdict;

const checks = async () => new Set((await checkIntegrity(env.DB)).map((v) => v.check));

describe("the stored current verdict", () => {
  it("follows each review in the same write, and verdict= lists by it", async () => {
    const reviewer = await loginAs("reviewer");
    const source = await makeSource({ title: "Verdict source" });
    const claim = await makeClaim({ text: "The dam was finished in 1999", sourceId: source });
    expect(await storedVerdict(claim)).toBeNull();
    expect(await publicIds("false")).not.toContain(claim);

    const review = (verdict: string) =>
      adminFetch(reviewer, "POST", `/admin/api/claims/${claim}/reviews`, {
        verdict,
        rationale: `Checked against the records: ${verdict}.`,
      });
    await expectStatus(await review("false"), 201);
    expect(await storedVerdict(claim)).toBe("false");
    expect(await publicIds("false")).toContain(claim);

    await expectStatus(await review("mixed"), 201);
    expect(await storedVerdict(claim)).toBe("mixed");
    expect(await publicIds("mixed")).toContain(claim);
    expect(await publicIds("false")).not.toContain(claim);
    expect(await checks()).not.toContain("claims.verdict");
  });

  it("is backfilled by its migration from the latest review, and drift is an integrity finding", async () => {
    const source = await makeSource({ title: "Backfill source" });
    const twice = await makeClaim({ text: "Reviewed twice", sourceId: source });
    const never = await makeClaim({ text: "Never reviewed", sourceId: source });
    const review = (id: string, verdict: string, at: string) =>
      env.DB.prepare(
        "INSERT INTO reviews (id, claim_id, verdict, rationale, reviewer_id, reviewed_at) VALUES (?, ?, ?, 'r', 'usr_x', ?)",
      ).bind(`rvw_${id}_${verdict}`, id, verdict, at);
    // Reviews written behind the column's back, as before the migration existed.
    await env.DB.batch([
      review(twice, "true", "2025-07-01T00:00:00.000Z"),
      review(twice, "misleading", "2025-07-02T00:00:00.000Z"),
    ]);
    expect(await checks()).toContain("claims.verdict");

    const migration = env.TEST_MIGRATIONS.find((m) => m.name.includes("claim_current_verdict"));
    const backfill = migration?.queries.find((q) => q.includes("UPDATE `claims` SET `verdict`"));
    expect(backfill).toBeDefined();
    await env.DB.prepare(backfill as string).run();

    expect(await storedVerdict(twice)).toBe("misleading");
    expect(await storedVerdict(never)).toBeNull();
    expect(await checks()).not.toContain("claims.verdict");
  });
});
