import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

describe("GET /v1/health", () => {
  it("reports that D1 answered a query", async () => {
    const res = await exports.default.fetch("http://factline.test/v1/health");
    expect(res.status).toBe(200);
    const body = await res.json<{ status: string; database: { ok: boolean } }>();
    expect(body.status).toBe("ok");
    expect(body.database.ok).toBe(true);
    expect(res.headers.get("x-request-id")).toBeTruthy();
  });

  it("answers an unknown route with a 404 problem", async () => {
    const res = await exports.default.fetch("http://factline.test/v1/nope");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const body = await res.json<{ code: string; status: number; requestId: string }>();
    expect(body).toMatchObject({ code: "not_found", status: 404 });
    expect(body.requestId).toBeTruthy();
  });

  it("serves an OpenAPI 3.1 document", async () => {
    const res = await exports.default.fetch("http://factline.test/v1/openapi.json");
    expect(res.status).toBe(200);
    const doc = await res.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.paths["/v1/health"]).toBeDefined();
  });
});
