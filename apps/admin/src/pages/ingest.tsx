import {
  type CandidateClaim,
  CreateEventInput,
  describePartialDate,
  EVENT_KINDS,
  HttpUrl,
  type IngestResult,
} from "@factline/domain";
import { useEffect, useRef, useState } from "react";
import { adminApi } from "../api/admin";
import type { IngestAccepted, IngestDraft } from "../api/types";
import { Field, FormFooter } from "../forms/field";
import { useForm } from "../forms/use-form";
import { Link } from "../router";

const REASONS: Record<string, string> = {
  advert: "Advert",
  call_to_action: "Call to action",
  seo_keywords: "SEO keywords",
  separator: "Separator",
  repeated_headline: "Repeated headline",
  duplicate_paragraph: "Duplicate paragraph",
};

/** Counts seconds while `on`, so long work shows it is still going. */
function useElapsed(on: boolean): number {
  const [s, setS] = useState(0);
  useEffect(() => {
    if (!on) return;
    setS(0);
    const t = setInterval(() => setS((n) => n + 1), 1000);
    return () => clearInterval(t);
  }, [on]);
  return s;
}

function IngestInputForm({ onDone }: { onDone: (draft: IngestDraft) => void }) {
  const [text, setText] = useState("");
  const [url, setUrl] = useState("");
  const form = useForm();
  const abort = useRef<AbortController | null>(null);
  const elapsed = useElapsed(form.busy);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (!text.trim() && !url.trim()) {
      form.setErrors({ text: "Paste the article's text, or give its URL" });
      return;
    }
    if (!text.trim()) {
      const ok = HttpUrl.safeParse(url.trim());
      if (!ok.success) {
        form.setErrors({ url: ok.error.issues[0]?.message ?? "must be an http(s) URL" });
        return;
      }
    }
    const body = text.trim()
      ? { text, ...(url.trim() ? { url: url.trim() } : {}) }
      : { url: url.trim() };
    abort.current = new AbortController();
    const r = await form
      .submit(null, body, (key) => adminApi.ingest(body, key, abort.current?.signal))
      .catch((err: Error) => {
        if (err.name !== "AbortError") throw err;
        return undefined;
      });
    if (r) onDone(r.data);
  }

  return (
    <form ref={form.formRef} noValidate onSubmit={onSubmit} aria-label="Article to ingest">
      <Field
        name="text"
        label="Article text"
        errors={form.errors}
        hint="Paste the page's text or HTML."
      >
        {(p) => (
          <textarea {...p} rows={12} value={text} onChange={(e) => setText(e.target.value)} />
        )}
      </Field>
      <Field
        name="url"
        label="Article URL"
        errors={form.errors}
        hint="With no text, the server fetches the page; with text, it is the article's address."
      >
        {(p) => <input {...p} type="url" value={url} onChange={(e) => setUrl(e.target.value)} />}
      </Field>
      <FormFooter
        busy={form.busy}
        formError={form.formError}
        label="Analyse article"
        busyLabel="Analysing…"
      >
        {form.busy && (
          <button type="button" className="secondary" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        )}
      </FormFooter>
      {form.busy && (
        <div className="progress" role="status">
          <progress aria-label="Analysing the article" /> Analysing the article… {elapsed}s
        </div>
      )}
    </form>
  );
}

function defaultSelection(result: IngestResult): Set<string> {
  return new Set(result.clusters.map((c) => c.representativeClaimId));
}

function ReviewResult({
  draft,
  onAccepted,
}: {
  draft: IngestDraft;
  onAccepted: (a: IngestAccepted) => void;
}) {
  const result = draft.result;
  const main = result.mainEvent;
  const [selected, setSelected] = useState<Set<string>>(() => defaultSelection(result));
  const [target, setTarget] = useState<string>(
    main?.matches[0] && main.matches[0].score >= 0.8 ? main.matches[0].eventId : "new",
  );
  const [event, setEvent] = useState({
    title: main?.title ?? result.article.title ?? "",
    kind: main?.kind ?? "other",
    date: main?.date?.value ?? "",
  });
  const form = useForm();
  const elapsed = useElapsed(form.busy);
  const claimsById = new Map(result.candidateClaims.map((c) => [c.id, c]));

  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  async function onAccept(e: React.FormEvent) {
    e.preventDefault();
    const eventInput =
      target === "new"
        ? {
            title: event.title,
            kind: event.kind,
            ...(event.date.trim() ? { date: event.date.trim() } : {}),
          }
        : null;
    const body = {
      claimIds: [...selected],
      event: eventInput ?? { id: target },
      ...(eventInput ? {} : { eventId: target }),
    };
    const r = await form.submit(eventInput ? CreateEventInput : null, eventInput ?? {}, (key) =>
      adminApi.acceptIngest(draft.id, body, key),
    );
    if (r) onAccepted(r.data);
  }

  return (
    <form ref={form.formRef} noValidate onSubmit={onAccept} aria-label="Review the ingest result">
      <section aria-labelledby="article-h">
        <h2 id="article-h">Article</h2>
        <p>
          {result.article.title ?? "(no title found)"}
          {result.article.publishedDate && (
            <> · {describePartialDate(result.article.publishedDate)}</>
          )}
          {result.article.url && <> · {result.article.url}</>}
        </p>
        <details>
          <summary>Cleaned text ({result.cleanedText.length} characters)</summary>
          <pre className="cleaned" data-testid="cleaned-text">
            {result.cleanedText}
          </pre>
        </details>
        {result.repairs.length > 0 && (
          <p>
            Encoding repaired:{" "}
            {result.repairs.map((r) => `“${r.from}” → “${r.to}” (${r.count}×)`).join(", ")}
          </p>
        )}
      </section>
      <section aria-labelledby="removed-h">
        <h2 id="removed-h">Removed boilerplate ({result.removed.length})</h2>
        <ul className="removed" aria-label="Removed boilerplate">
          {result.removed.map((r, i) => (
            <li key={i}>
              <span className="reason">{REASONS[r.reason] ?? r.reason}</span> <q>{r.text}</q>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="posts-h">
        <h2 id="posts-h">Embedded posts ({result.embeddedPosts.length})</h2>
        <ul aria-label="Embedded posts">
          {result.embeddedPosts.map((p) => (
            <li key={p.index}>
              <blockquote>{p.text}</blockquote>
              <span className="muted">
                {p.displayName} {p.handle}
                {p.date && ` · ${describePartialDate(p.date)}`}
                {p.statusUrl && ` · ${p.statusUrl}`}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="claims-h">
        <h2 id="claims-h">Candidate claims</h2>
        <p className="muted">
          {selected.size} of {result.candidateClaims.length} selected. Near-duplicates are grouped;
          one per group is selected to start with.
        </p>
        {result.clusters.map((cluster, i) => {
          const rep = claimsById.get(cluster.representativeClaimId);
          return (
            <fieldset key={cluster.id} className="cluster">
              <legend>
                Group {i + 1}: {rep ? rep.text.slice(0, 90) : cluster.id}
                {cluster.claimIds.length > 1 ? ` (${cluster.claimIds.length} statements)` : ""}
              </legend>
              {cluster.claimIds.map((id) => {
                const c = claimsById.get(id) as CandidateClaim | undefined;
                if (!c) return null;
                return (
                  <label key={id} className="choice">
                    <input type="checkbox" checked={selected.has(id)} onChange={() => toggle(id)} />{" "}
                    {c.text}{" "}
                    <span className="muted">
                      ({c.modality}, score {c.score.toFixed(2)}
                      {c.assertion ? `, ${c.assertion.property} = ${c.assertion.value}` : ""})
                    </span>
                  </label>
                );
              })}
            </fieldset>
          );
        })}
      </section>
      <section aria-labelledby="event-h">
        <h2 id="event-h">Main event</h2>
        {main && main.reasons.length > 0 && (
          <p className="muted">Suggested because: {main.reasons.join("; ")}</p>
        )}
        <fieldset>
          <legend>Attach the claims to</legend>
          <label className="choice">
            <input
              type="radio"
              name="target"
              checked={target === "new"}
              onChange={() => setTarget("new")}
            />{" "}
            A new event
          </label>
          {main?.matches.map((m) => (
            <label key={m.eventId} className="choice">
              <input
                type="radio"
                name="target"
                checked={target === m.eventId}
                onChange={() => setTarget(m.eventId)}
              />{" "}
              Existing: {m.title}{" "}
              <span className="muted">(match {Math.round(m.score * 100)}%)</span>
            </label>
          ))}
        </fieldset>
        {target === "new" && (
          <>
            <Field name="title" label="Event title" errors={form.errors}>
              {(p) => (
                <input
                  {...p}
                  value={event.title}
                  onChange={(e) => setEvent({ ...event, title: e.target.value })}
                />
              )}
            </Field>
            <Field name="kind" label="Event kind" errors={form.errors}>
              {(p) => (
                <select
                  {...p}
                  value={event.kind}
                  onChange={(e) =>
                    setEvent({ ...event, kind: e.target.value as typeof event.kind })
                  }
                >
                  {EVENT_KINDS.map((k) => (
                    <option key={k}>{k}</option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              name="date"
              label="Event date"
              errors={form.errors}
              hint="2025-07-04, 2021-08, 2001 or 1990s"
            >
              {(p) => (
                <input
                  {...p}
                  value={event.date}
                  onChange={(e) => setEvent({ ...event, date: e.target.value })}
                />
              )}
            </Field>
          </>
        )}
      </section>
      <FormFooter
        busy={form.busy}
        formError={form.formError}
        label="Accept"
        busyLabel={`Saving… ${elapsed}s`}
        disabled={selected.size === 0}
      />
    </form>
  );
}

/** Paste an article (or give its URL), review what ingest made of it, and accept it. */
export function IngestPage() {
  const [draft, setDraft] = useState<IngestDraft | null>(null);
  const [accepted, setAccepted] = useState<IngestAccepted | null>(null);
  const eventId =
    accepted?.eventId ??
    (accepted?.event && "id" in accepted.event ? accepted.event.id : undefined);
  return (
    <>
      <h1>Ingest an article</h1>
      {accepted ? (
        <div className="success" role="status">
          <p>
            Accepted: {accepted.claims?.length ?? "the selected"} claims saved
            {eventId && (
              <>
                {" "}
                on <Link to={`/events/${eventId}`}>the event</Link>
              </>
            )}
            .
          </p>
          <button
            type="button"
            onClick={() => {
              setDraft(null);
              setAccepted(null);
            }}
          >
            Ingest another article
          </button>
        </div>
      ) : draft ? (
        <>
          <button type="button" className="link" onClick={() => setDraft(null)}>
            ← Start over
          </button>
          <ReviewResult draft={draft} onAccepted={setAccepted} />
        </>
      ) : (
        <IngestInputForm onDone={setDraft} />
      )}
    </>
  );
}
