import { DomainError } from "@factline/domain";

// The refusals services share, as domain errors: app.ts's onError is the one place that turns
// them into problem+json. Field paths name the request part the client sent (`body.slug`).

/** A 400 naming one field: `badField("body.slug", "is taken")`. */
export function badField(path: string, message: string): DomainError {
  return new DomainError("validation_failed", `${path}: ${message}`, {
    errors: [{ path, message }],
  });
}

/** A 404 for a record kind and id. */
export function notFound(what: string, id: string): DomainError {
  return new DomainError("not_found", `No ${what} with id "${id}"`, {
    errors: [{ path: "path.id", message: `no ${what} with this id` }],
  });
}
