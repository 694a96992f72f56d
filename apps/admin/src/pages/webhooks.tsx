import { WEBHOOK_EVENT_TYPES } from "@factline/domain";
import { useState } from "react";
import { adminApi } from "../api/admin";
import type { CreatedWebhook, WebhookEndpoint } from "../api/contract";
import { keys } from "../api/query-client";
import { useResource } from "../api/use-resource";
import { LoadState, when } from "../components/status";
import { useSession } from "../session";

function NewEndpointForm({ onCreated }: { onCreated: (e: CreatedWebhook) => void }) {
  const [url, setUrl] = useState("");
  const [types, setTypes] = useState<string[]>(["event.published"]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      aria-label="New webhook endpoint"
      onSubmit={async (e) => {
        e.preventDefault();
        if (busy) return;
        setBusy(true);
        setError(null);
        try {
          const created = await adminApi.createWebhook({ url, eventTypes: types });
          setUrl("");
          onCreated(created.data);
        } catch (err) {
          setError((err as Error).message);
        } finally {
          setBusy(false);
        }
      }}
    >
      <label>
        Endpoint URL
        <input type="url" required value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <fieldset>
        <legend>Change types</legend>
        {WEBHOOK_EVENT_TYPES.map((t) => (
          <label key={t} className="inline">
            <input
              type="checkbox"
              checked={types.includes(t)}
              onChange={(e) =>
                setTypes((xs) => (e.target.checked ? [...xs, t] : xs.filter((x) => x !== t)))
              }
            />
            {t}
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? "Registering…" : "Register endpoint"}
      </button>
    </form>
  );
}

function DeliveryLog({ endpoint }: { endpoint: WebhookEndpoint }) {
  const log = useResource(keys.webhookDeliveries(endpoint.id), () =>
    adminApi.listWebhookDeliveries(endpoint.id),
  );
  return (
    <section aria-label={`Delivery log of ${endpoint.url}`}>
      <button type="button" className="secondary" onClick={() => void log.reload()}>
        Refresh log
      </button>
      <LoadState loading={log.loading && !log.data} error={log.error} />
      {log.data && log.data.data.length === 0 && <p>No deliveries yet.</p>}
      {log.data && log.data.data.length > 0 && (
        <table className="list">
          <caption>Delivery log</caption>
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">Seq</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last answer</th>
              <th scope="col">Last error</th>
              <th scope="col">Made</th>
            </tr>
          </thead>
          <tbody>
            {log.data.data.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.type}</th>
                <td>{d.seq ?? "—"}</td>
                <td>{d.status}</td>
                <td>{d.attempts}</td>
                <td>{d.lastStatus ?? "—"}</td>
                <td>{d.lastError ?? ""}</td>
                <td>{when(d.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function EndpointRow({ endpoint }: { endpoint: WebhookEndpoint }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  return (
    <li>
      <strong>{endpoint.url}</strong> — {endpoint.eventTypes.join(", ")}
      {endpoint.active ? "" : " (inactive)"}
      <div>
        <button
          type="button"
          className="secondary"
          onClick={async () => {
            try {
              await adminApi.sendWebhookTest(endpoint.id);
              setNote("Test event queued; see the delivery log.");
              setOpen(true);
            } catch (err) {
              setNote((err as Error).message);
            }
          }}
        >
          Send test event
        </button>
        <button type="button" className="secondary" onClick={() => setOpen((o) => !o)}>
          {open ? "Hide delivery log" : "Delivery log"}
        </button>
      </div>
      {note && <p role="status">{note}</p>}
      {open && <DeliveryLog endpoint={endpoint} />}
    </li>
  );
}

/** Webhook endpoints (admins only): register, send a test event, read each delivery log. */
export function WebhooksPage() {
  const { can } = useSession();
  const endpoints = useResource(keys.webhooks(), () => adminApi.listWebhooks());
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  if (!can("webhook.manage")) {
    return (
      <>
        <h1>Webhooks</h1>
        <p role="alert">Only admins manage webhook endpoints.</p>
      </>
    );
  }
  return (
    <>
      <h1>Webhooks</h1>
      <LoadState loading={endpoints.loading && !endpoints.data} error={endpoints.error} />
      {endpoints.data && (
        <ul className="endpoints">
          {endpoints.data.data.map((e) => (
            <EndpointRow key={e.id} endpoint={e} />
          ))}
        </ul>
      )}
      {created && (
        <p role="status" data-testid="webhook-secret">
          Signing secret for {created.url} (shown once, keep it safe): <code>{created.secret}</code>
        </p>
      )}
      <section aria-labelledby="new-endpoint-h">
        <h2 id="new-endpoint-h">New endpoint</h2>
        <NewEndpointForm
          onCreated={(e) => {
            setCreated(e);
            void endpoints.reload();
          }}
        />
      </section>
    </>
  );
}
