import { CreateEventInput, EVENT_KINDS, type EventActor, UpdateEventInput } from "@factline/domain";
import { useState } from "react";
import { adminApi } from "../api/admin";
import type { Event } from "../api/contract";
import { keys } from "../api/query-client";
import { useResource } from "../api/use-resource";
import { ActorsEditor } from "./actors-editor";
import { Field, FormFooter } from "./field";
import { StaleNotice } from "./stale-notice";
import { useForm } from "./use-form";

/** The event fields as typed: text inputs, places comma-separated. */
export type EventValues = {
  title: string;
  slug: string;
  summary: string;
  kind: string;
  date: string;
  places: string;
  /** The actors as JSON, so every field compares, merges and diffs the same way. */
  actors: string;
};

export function eventValues(e: Event | null): EventValues {
  return {
    title: e?.title ?? "",
    slug: e?.slug ?? "",
    summary: e?.summary ?? "",
    kind: e?.kind ?? "other",
    date: e?.date?.value ?? "",
    places: e?.places.join(", ") ?? "",
    actors: JSON.stringify(e?.actors ?? []),
  };
}

const parseActors = (s: string): EventActor[] => JSON.parse(s) as EventActor[];

const splitPlaces = (s: string) =>
  s
    .split(/[\s,]+/)
    .map((p) => p.trim().toUpperCase())
    .filter(Boolean);

type CreateBody = Parameters<typeof adminApi.createEvent>[0];
type UpdateBody = Parameters<typeof adminApi.updateEvent>[1];
/** `kind` comes from a select of the domain's EVENT_KINDS, and is validated before sending. */
type Kind = CreateBody["kind"];

/** The body for a create: what the API's CreateEventInput parses (dates as text). */
function createBody(v: EventValues): CreateBody {
  return {
    title: v.title,
    ...(v.slug.trim() ? { slug: v.slug.trim() } : {}),
    summary: v.summary,
    kind: v.kind as Kind,
    ...(v.date.trim() ? { date: v.date.trim() } : {}),
    places: splitPlaces(v.places),
    actors: parseActors(v.actors),
  };
}

/** Only the fields the editor changed, so a save never overwrites what they did not touch. */
function updateBody(v: EventValues, base: EventValues): UpdateBody {
  const out: UpdateBody = {};
  if (v.title !== base.title) out.title = v.title;
  if (v.slug !== base.slug) out.slug = v.slug.trim();
  if (v.summary !== base.summary) out.summary = v.summary;
  if (v.kind !== base.kind) out.kind = v.kind as Kind;
  if (v.date.trim() !== base.date) out.date = v.date.trim() === "" ? null : v.date.trim();
  if (splitPlaces(v.places).join(",") !== splitPlaces(base.places).join(","))
    out.places = splitPlaces(v.places);
  if (v.actors !== base.actors) out.actors = parseActors(v.actors);
  return out;
}

const LABELS: Record<keyof EventValues, string> = {
  title: "Title",
  slug: "Slug",
  summary: "Summary",
  kind: "Kind",
  date: "Date",
  places: "Places",
  actors: "Actors",
};

type Props = {
  event: Event | null;
  onSaved: (event: Event, etag: string | null) => void;
  disabled?: boolean;
};

/** Creates an event (event = null) or edits one, validated with the domain's input schemas. */
export function EventForm({ event, onSaved, disabled }: Props) {
  const [values, setValues] = useState<EventValues>(() => eventValues(event));
  const [base, setBase] = useState<EventValues>(() => eventValues(event));
  const [version, setVersion] = useState(event?.version ?? 0);
  const form = useForm();
  const actorOptions = useResource(keys.actors(), () => adminApi.listActors());
  const stale = form.problem?.status === 412 ? (form.problem.problem?.current as Event) : null;

  const set = (k: keyof EventValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [k]: e.target.value }));

  async function save(atVersion: number, against: EventValues = base, vals: EventValues = values) {
    if (!event) {
      const body = createBody(vals);
      const r = await form.submit(CreateEventInput, body, (key) => adminApi.createEvent(body, key));
      if (r) onSaved(r.data, r.etag);
      return;
    }
    const body = updateBody(vals, against);
    if (Object.keys(body).length === 0) {
      form.setErrors({});
      return;
    }
    const r = await form.submit(UpdateEventInput, body, () =>
      adminApi.updateEvent(event.id, body, atVersion),
    );
    if (r) {
      const saved = eventValues(r.data);
      setBase(saved);
      setValues(saved);
      setVersion(r.data.version);
      onSaved(r.data, r.etag);
    }
  }

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label={event ? "Edit event" : "New event"}
      onSubmit={(e) => {
        e.preventDefault();
        void save(version);
      }}
    >
      {stale && (
        <StaleNotice
          noun="event"
          labels={LABELS}
          mine={values}
          current={eventValues(stale)}
          onReload={() => {
            const fresh = eventValues(stale);
            setValues(fresh);
            setBase(fresh);
            setVersion(stale.version);
            form.reset();
            onSaved(stale, null);
          }}
          onOverwrite={() => {
            // Re-apply only the fields this editor changed on top of the current version, so
            // the other person's changes to other fields survive.
            const seen = eventValues(stale);
            const mine = { ...seen };
            for (const k of Object.keys(seen) as (keyof EventValues)[]) {
              if (values[k] !== base[k]) mine[k] = values[k];
            }
            setValues(mine);
            setBase(seen);
            setVersion(stale.version);
            onSaved(stale, null);
            void save(stale.version, seen, mine);
          }}
        />
      )}
      <fieldset disabled={disabled}>
        <Field name="title" label="Title" errors={form.errors}>
          {(p) => <input {...p} value={values.title} onChange={set("title")} />}
        </Field>
        <Field
          name="slug"
          label="Slug"
          errors={form.errors}
          hint={event ? undefined : "Leave empty to make one from the title."}
        >
          {(p) => <input {...p} value={values.slug} onChange={set("slug")} />}
        </Field>
        <Field name="summary" label="Summary" errors={form.errors}>
          {(p) => <textarea {...p} rows={4} value={values.summary} onChange={set("summary")} />}
        </Field>
        <Field name="kind" label="Kind" errors={form.errors}>
          {(p) => (
            <select {...p} value={values.kind} onChange={set("kind")}>
              {EVENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="date"
          label="Date"
          errors={form.errors}
          hint="2025-07-04, 2021-08, 2001 or a decade like 1990s"
        >
          {(p) => <input {...p} value={values.date} onChange={set("date")} />}
        </Field>
        <Field
          name="places"
          label="Places"
          errors={form.errors}
          hint="ISO 3166-1 country codes, comma-separated (RU, AF)"
        >
          {(p) => <input {...p} value={values.places} onChange={set("places")} />}
        </Field>
        <ActorsEditor
          value={parseActors(values.actors)}
          onChange={(list) => setValues((v) => ({ ...v, actors: JSON.stringify(list) }))}
          options={actorOptions.data?.data ?? []}
          errors={form.errors}
        />
        <FormFooter
          busy={form.busy}
          formError={stale ? null : form.formError}
          label={event ? "Save changes" : "Create event"}
          busyLabel={event ? "Saving…" : "Creating…"}
        />
      </fieldset>
    </form>
  );
}
