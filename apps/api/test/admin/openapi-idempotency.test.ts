import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

type Operation = { operationId?: string; parameters?: { in: string; name: string }[] };
type Doc = { paths: Record<string, Record<string, Operation>> };

// Every create route that honours Idempotency-Key; the contract must say so, or generated
// clients never learn they may send it.
const IDEMPOTENT_CREATES = [
  "adminCreateEvent",
  "adminCreateSource",
  "adminCreateClaim",
  "adminCreateActor",
  "adminAddEvidence",
  "adminReviewClaim",
  "createUser",
  "adminStartIngest",
  "adminAcceptIngest",
];

async function operations(): Promise<Map<string, Operation>> {
  const out = new Map<string, Operation>();
  for (const url of ["/v1/openapi.json", "/admin/api/openapi.json"]) {
    const res = await exports.default.fetch(`http://factline.test${url}`);
    if (res.status !== 200) continue;
    const doc = await res.json<Doc>();
    for (const methods of Object.values(doc.paths)) {
      for (const op of Object.values(methods)) if (op.operationId) out.set(op.operationId, op);
    }
  }
  return out;
}

describe("the OpenAPI contract of idempotent creates", () => {
  it("documents the Idempotency-Key header on every create route that honours it", async () => {
    const ops = await operations();
    for (const id of IDEMPOTENT_CREATES) {
      const op = ops.get(id);
      expect(op, id).toBeDefined();
      const header = op?.parameters?.find(
        (p) => p.in === "header" && p.name.toLowerCase() === "idempotency-key",
      );
      expect(header, `${id} documents Idempotency-Key`).toBeDefined();
    }
  });
});
