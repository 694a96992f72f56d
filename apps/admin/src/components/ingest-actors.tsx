import type { SuggestedEventActor } from "@factline/domain";
import { adminApi } from "../api/admin";
import { keys } from "../api/query-client";
import { useResource } from "../api/use-resource";

/** "create" makes a new actor from the suggestion; any other value is the id of one matched. */
export type ActorChoice = "create" | (string & {});

type Props = {
  actors: SuggestedEventActor[];
  choices: Record<string, ActorChoice>;
  onChoose: (key: string, choice: ActorChoice) => void;
};

/**
 * The suggested event's actors. One found only in the text (not in the database, not in the
 * gazetteer) is labelled "new": the editor creates it or matches it to an existing actor.
 */
export function IngestActors({ actors, choices, onChoose }: Props) {
  const existing = useResource(keys.actors(), () => adminApi.listActors());
  const options = existing.data?.data ?? [];
  if (actors.length === 0) return null;
  return (
    <ul aria-label="Event actors">
      {actors.map((a) => (
        <li key={`${a.key}|${a.role}`}>
          {a.name} <span className="muted">({a.role})</span>{" "}
          {a.isNew && (
            <>
              <span className="badge">new</span>{" "}
              <select
                aria-label={`What to do with ${a.name}`}
                value={choices[a.key] ?? "create"}
                onChange={(e) => onChoose(a.key, e.target.value)}
              >
                <option value="create">Create as a new {a.kind}</option>
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    Match: {o.name}
                  </option>
                ))}
              </select>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The actors to send with the accepted event: a matched new actor by its id. */
export function acceptedActors(
  actors: SuggestedEventActor[],
  choices: Record<string, ActorChoice>,
) {
  return actors.map((a) => {
    const choice = choices[a.key];
    if (a.isNew && choice && choice !== "create") return { actorId: choice, role: a.role };
    return {
      actorId: a.actorId,
      name: a.name,
      kind: a.kind,
      iso3166: a.iso3166,
      wikidata: a.wikidata,
      role: a.role,
    };
  });
}
