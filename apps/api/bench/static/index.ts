// Baseline: a bare Worker answering from memory, the ceiling a cached/304 read is compared to.
const BODY = JSON.stringify({ ok: true });

export default {
  async fetch(): Promise<Response> {
    return new Response(BODY, {
      headers: { "content-type": "application/json", etag: '"static"' },
    });
  },
};
