import { VERDICT_SCALE, VERDICTS } from "@factline/domain";
import { useEffect, useState } from "react";

type Health = { status: string; database: { ok: boolean } };

/** Placeholder shell: shows the API's health so a browser test proves the page, API and D1 connect. */
export function App() {
  const [health, setHealth] = useState<Health | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetch("/v1/health")
      .then((r) => r.json() as Promise<Health>)
      .then(setHealth)
      .catch((e: unknown) => setError(String(e)));
  }, []);

  return (
    <main>
      <h1>Factline admin</h1>
      <p data-testid="api-status">
        {error
          ? `API unreachable: ${error}`
          : health
            ? `API ${health.status}`
            : "Checking the API…"}
      </p>
      <ul aria-label="Verdict scale">
        {VERDICTS.map((v) => (
          <li key={v}>{VERDICT_SCALE[v].label}</li>
        ))}
      </ul>
    </main>
  );
}
