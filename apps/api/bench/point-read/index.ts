// Baseline: a bare Worker doing one D1 point read, the floor a public detail read is compared to.
type Env = { DB: D1Database };

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const id = new URL(request.url).searchParams.get("id") ?? "";
    const row = await env.DB.prepare("SELECT * FROM events WHERE id = ?").bind(id).first();
    return Response.json(row);
  },
};
