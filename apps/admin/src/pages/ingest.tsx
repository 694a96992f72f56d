import {
  AcceptIngestInput,
  AcceptNewEvent,
  type CandidateClaim,
  describePartialDate,
  EVENT_KINDS,
  HttpUrl,
  type IngestResult,
} from "@factline/domain";
import { useEffect, useRef, useState } from "react";
import { adminApi } from "../api/admin";
import type { IngestAccepted, IngestDraft } from "../api/contract";
import { type ActorChoice, acceptedActors, IngestActors } from "../components/ingest-actors";
import { Field, FormFooter } from "../forms/field";
import { issuesToErrors, useForm } from "../forms/use-form";
import { Link } from "../router";

const REASONS: Record<string, string> = {
  advert: "Advert",
  call_to_action: "Call to action",
  seo_keywords: "SEO keywords",
  separator: "Separator",
  repeated_headline: "Repeated headline",
  duplicate_paragraph: "Duplicate paragraph",
  byline: "Byline",
  dateline: "Dateline",
  photo_credit: "Photo credit",
  reading_time: "Reading time",
  navigation: "Navigation",
  related_links: "Related links",
  cookie_notice: "Cookie notice",
  paywall: "Paywall",
  low_content: "No content",
  context: "Between boilerplate",
  after_article: "After the article",
};

const LANGUAGE_METHODS: Record<string, string> = {
  text: "detected from the text",
  declared: "as the page declares; too little text to tell",
  none: "undetermined",
};

/** What the classifier measured of a removed block, as a one-line tooltip. */
function describeFeatures(r: IngestResult["removed"][number]): string {
  const f = r.features;
  if (!f) return r.rule;
  return `${r.rule} · score ${r.score ?? "-"} · ${f.words} words · stopwords ${f.stopwordDensity} · links ${f.linkDensity} · caps ${f.capsRatio} · ${f.density}`;
}

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

/** Pasted markup goes to the HTML cleaner, anything else is plain text. */
function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text) && /<\/?(html|body|p|div|article|h1|br)\b/i.test(text);
}

function IngestInputForm({ onDone }: { onDone: (draft: IngestDraft, typedUrl: string) => void }) {
  const [text, setText] = useState("");
  const [url, setUrl] = useState("");
  const form = useForm();
  const abort = useRef<AbortController | null>(null);
  const elapsed = useElapsed(form.busy);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (!text.trim() && !url.trim()) {
      form.reject({ text: "Paste the article's text, or give its URL" });
      return;
    }
    if (!text.trim()) {
      const ok = HttpUrl.safeParse(url.trim());
      if (!ok.success) {
        form.reject({ url: ok.error.issues[0]?.message ?? "must be an http(s) URL" });
        return;
      }
    }
    // The API takes exactly one input; with pasted text, the URL is the source's address and
    // is kept for the review step.
    const body = text.trim()
      ? looksLikeHtml(text)
        ? { html: text }
        : { text }
      : { url: url.trim() };
    abort.current = new AbortController();
    const r = await form
      .submit(null, body, (key) => adminApi.ingest(body, key, abort.current?.signal))
      .catch((err: Error) => {
        if (err.name !== "AbortError") throw err;
        return undefined;
      });
    if (r) onDone(r.data, url.trim());
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
  typedUrl,
  onAccepted,
}: {
  draft: IngestDraft;
  typedUrl: string;
  onAccepted: (a: IngestAccepted) => void;
}) {
  const result = draft.result;
  const [sourceUrl, setSourceUrl] = useState(result.article.url ?? draft.url ?? typedUrl);
  const main = result.mainEvent;
  const [selected, setSelected] = useState<Set<string>>(() => defaultSelection(result));
  const [posts, setPosts] = useState<Set<number>>(
    () => new Set(result.embeddedPosts.map((p) => p.index)),
  );
  const best = main?.matches[0];
  const [target, setTarget] = useState<string>(best && best.score >= 0.8 ? best.eventId : "new");
  const [sourceTitle, setSourceTitle] = useState(result.article.title ?? "");
  const [event, setEvent] = useState({
    title: main?.title ?? result.article.title ?? "",
    kind: main?.kind ?? "other",
    date: main?.date?.value ?? "",
    places: main?.places.join(", ") ?? "",
  });
  // New actors (found only in the text): created unless the editor matches one.
  const [actorChoices, setActorChoices] = useState<Record<string, ActorChoice>>({});
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
  const togglePost = (i: number) =>
    setPosts((s) => {
      const n = new Set(s);
      if (n.has(i)) n.delete(i);
      else n.add(i);
      return n;
    });

  async function onAccept(e: React.FormEvent) {
    e.preventDefault();
    const body = {
      source: {
        ...(sourceTitle.trim() ? { title: sourceTitle } : {}),
        ...(sourceUrl.trim() ? { url: sourceUrl.trim() } : {}),
      },
      // Candidate order, so the created claims follow the article.
      claims: result.candidateClaims
        .filter((c) => selected.has(c.id))
        .map((c) => ({ candidateId: c.id })),
      embeddedPosts: [...posts].sort((a, b) => a - b).map((index) => ({ index })),
      event:
        target === "none"
          ? null
          : target === "new"
            ? {
                create: {
                  title: event.title,
                  kind: event.kind,
                  date: event.date.trim() === "" ? null : event.date.trim(),
                  places: event.places
                    .split(/[\s,]+/)
                    .map((p) => p.trim().toUpperCase())
                    .filter(Boolean),
                  actors: acceptedActors(main?.actors ?? [], actorChoices),
                },
              }
            : { attachTo: target },
    };
    // The event choice is a union, whose zod errors name only `event`; checking the new event on
    // its own puts each message next to its field.
    if (body.event && "create" in body.event) {
      const checked = AcceptNewEvent.safeParse(body.event.create);
      if (!checked.success) {
        const errs = issuesToErrors(checked.error.issues);
        form.reject(
          Object.fromEntries(Object.entries(errs).map(([k, v]) => [`event.create.${k}`, v])),
        );
        return;
      }
    }
    const r = await form.submit(AcceptIngestInput, body, (key) =>
      adminApi.acceptIngest(draft.id, body, key),
    );
    if (r) onAccepted(r.data);
  }

  return (
    <form ref={form.formRef} noValidate onSubmit={onAccept} aria-label="Review the ingest result">
      <section aria-labelledby="article-h">
        <h2 id="article-h">Article</h2>
        {draft.duplicateOf && (
          <p className="stale" role="note">
            This article is already stored as “{draft.duplicateOf.title}” (same{" "}
            {draft.duplicateOf.matchedBy === "url" ? "URL" : "text"}); accepting reuses that source
            instead of creating another.
          </p>
        )}
        <Field name="source.title" label="Source title" errors={form.errors}>
          {(p) => (
            <input {...p} value={sourceTitle} onChange={(e) => setSourceTitle(e.target.value)} />
          )}
        </Field>
        <Field name="source.url" label="Source URL" errors={form.errors}>
          {(p) => (
            <input
              {...p}
              type="url"
              value={sourceUrl}
              onChange={(e) => setSourceUrl(e.target.value)}
            />
          )}
        </Field>
        <p className="muted">
          {result.article.publishedDate &&
            `Published ${describePartialDate(result.article.publishedDate)}. `}
          <span data-testid="language">
            Language {(result as IngestResult).language ?? result.article.language}
            {(result as IngestResult).languageDetection &&
              ` (${LANGUAGE_METHODS[(result as IngestResult).languageDetection?.method ?? "none"]})`}
            .
          </span>
        </p>
        <details>
          <summary>Cleaned text ({result.cleanedText.length} characters)</summary>
          <pre className="cleaned" data-testid="cleaned-text">
            {result.cleanedText}
          </pre>
        </details>
        {result.repairs.length > 0 && (
          <p data-testid="repairs">
            Encoding repaired:{" "}
            {result.repairs.map((r) => `“${r.from}” → “${r.to}” (${r.count}×)`).join(", ")}
          </p>
        )}
      </section>
      <section aria-labelledby="removed-h">
        <h2 id="removed-h">Removed boilerplate ({result.removed.length})</h2>
        <ul className="removed" aria-label="Removed boilerplate">
          {(result as IngestResult).removed.map((r) => (
            <li key={`${r.block}:${r.rule}`} title={describeFeatures(r)}>
              <span className="reason">{REASONS[r.reason] ?? r.reason}</span>{" "}
              <code className="rule">{r.rule}</code>
              {r.line !== undefined && <span className="muted"> line {r.line}</span>}{" "}
              <q>{r.text}</q>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="posts-h">
        <h2 id="posts-h">Embedded posts ({result.embeddedPosts.length})</h2>
        {result.embeddedPosts.map((p) => (
          <div key={p.index} className="post">
            <label className="choice">
              <input
                type="checkbox"
                checked={posts.has(p.index)}
                onChange={() => togglePost(p.index)}
              />{" "}
              Save as a source: {p.displayName ?? p.handle ?? `post ${p.index + 1}`}{" "}
              {p.handle && p.displayName ? p.handle : ""}
              {p.date && ` · ${describePartialDate(p.date)}`}
            </label>
            <blockquote>{p.text}</blockquote>
            {p.statusUrl && <span className="muted">{p.statusUrl}</span>}
          </div>
        ))}
      </section>
      <section aria-labelledby="claims-h">
        <h2 id="claims-h">Candidate claims</h2>
        <p className="muted" data-testid="claim-selection">
          {selected.size} of {result.candidateClaims.length} selected. Near-duplicates are grouped;
          one per group is selected to start with.
        </p>
        {result.clusters.map((cluster, i) => {
          const rep = claimsById.get(cluster.representativeClaimId);
          return (
            <fieldset key={cluster.id} className="cluster">
              <legend>
                Group {i + 1}:{" "}
                {rep ? (rep.text.length > 90 ? `${rep.text.slice(0, 90)}…` : rep.text) : cluster.id}
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
            A new draft event
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
          <label className="choice">
            <input
              type="radio"
              name="target"
              checked={target === "none"}
              onChange={() => setTarget("none")}
            />{" "}
            No event for now
          </label>
        </fieldset>
        {main && main.modality !== "assertion" && (
          <p role="note" className="muted">
            The article states this event as {main.modality}, not as something that happened.
          </p>
        )}
        {target === "new" && (
          <>
            <Field name="event.create.title" label="Event title" errors={form.errors}>
              {(p) => (
                <input
                  {...p}
                  value={event.title}
                  onChange={(e) => setEvent({ ...event, title: e.target.value })}
                />
              )}
            </Field>
            <Field name="event.create.kind" label="Event kind" errors={form.errors}>
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
              name="event.create.date"
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
            <Field
              name="event.create.places"
              label="Event places"
              errors={form.errors}
              hint="ISO 3166-1 codes, comma-separated"
            >
              {(p) => (
                <input
                  {...p}
                  value={event.places}
                  onChange={(e) => setEvent({ ...event, places: e.target.value })}
                />
              )}
            </Field>
            {main && main.actors.length > 0 && (
              <IngestActors
                actors={main.actors}
                choices={actorChoices}
                onChoose={(key, choice) => setActorChoices((c) => ({ ...c, [key]: choice }))}
              />
            )}
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
      {form.busy && (
        <div className="progress" role="status">
          <progress aria-label="Saving the accepted records" /> Saving the source, claims and event…
        </div>
      )}
    </form>
  );
}

/** Paste an article (or give its URL), review what ingest made of it, and accept it. */
export function IngestPage() {
  const [draft, setDraft] = useState<{ draft: IngestDraft; typedUrl: string } | null>(null);
  const [accepted, setAccepted] = useState<IngestAccepted | null>(null);
  return (
    <>
      <h1>Ingest an article</h1>
      {accepted ? (
        <div role="status">
          <p className="success">
            Accepted: {accepted.claims.length} claims and{" "}
            {accepted.sources.length - accepted.reusedSourceIds.length} new sources saved
            {accepted.reusedSourceIds.length > 0 &&
              ` (${accepted.reusedSourceIds.length} existing reused)`}
            {accepted.eventId && (
              <>
                {accepted.eventCreated ? ", on a new draft event: " : ", on the event: "}
                <Link to={`/events/${accepted.eventId}`}>
                  {accepted.event?.title ?? accepted.eventId}
                </Link>
              </>
            )}
            .
          </p>
          {accepted.claims.length > 0 && (
            <ul aria-label="Claims created">
              {accepted.claims.map((c) => (
                <li key={c.id}>
                  <Link to={`/claims/${c.id}`}>{c.statement || c.text}</Link>
                </li>
              ))}
            </ul>
          )}
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
          <ReviewResult draft={draft.draft} typedUrl={draft.typedUrl} onAccepted={setAccepted} />
        </>
      ) : (
        <IngestInputForm onDone={(d, typedUrl) => setDraft({ draft: d, typedUrl })} />
      )}
    </>
  );
}
