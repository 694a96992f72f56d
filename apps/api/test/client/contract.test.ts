import { exports } from "cloudflare:workers";
import { expect, it } from "vitest";
import committed from "../../../../packages/client/openapi.json";
import { publicDocument } from "../../../../packages/client/src/public-document";

it("the client's generated types come from the Worker's current /v1 contract", async () => {
  const res = await exports.default.fetch("http://factline.test/v1/openapi.json", {
    headers: { "cf-connecting-ip": "192.0.2.249" },
  });
  const live = publicDocument(await res.json());
  // On a mismatch: `pnpm --filter @factline/client openapi`, then commit openapi.json and
  // src/generated/openapi.ts with the API change.
  expect(live).toEqual(committed);
});
