/** Asks D1 for a trivial result and reports whether it answered and how fast. */
export async function checkDatabase(
  d1: D1Database,
): Promise<{ ok: boolean; latencyMs: number; error?: string }> {
  const started = Date.now();
  try {
    const row = await d1.prepare("SELECT 1 AS ok").first<{ ok: number }>();
    return { ok: row?.ok === 1, latencyMs: Date.now() - started };
  } catch (e) {
    return {
      ok: false,
      latencyMs: Date.now() - started,
      error: e instanceof Error ? e.message : String(e),
    };
  }
}
