import { z } from "zod";
import { ClaimStatus } from "./claim";
import type { ErrorCode } from "./errors";
import { EventStatus } from "./event";
import type { Role } from "./user";

/** The records that move through a review workflow. */
export const WorkflowEntity = z
  .enum(["event", "claim"])
  .meta({ description: "A record kind with a review workflow" });
export type WorkflowEntity = z.infer<typeof WorkflowEntity>;

/** The statuses of each workflow entity, in workflow order. */
export const WORKFLOW_STATES = {
  event: EventStatus.options,
  claim: ClaimStatus.options,
} as const satisfies Record<WorkflowEntity, readonly string[]>;

/** A status of the given entity: `EventStatus` for events, `ClaimStatus` for claims. */
export type WorkflowState<E extends WorkflowEntity> = (typeof WORKFLOW_STATES)[E][number];

/** Where each entity starts: events as drafts, claims unreviewed. */
export const WORKFLOW_START = {
  event: "draft",
  claim: "unreviewed",
} as const satisfies { [E in WorkflowEntity]: WorkflowState<E> };

/** One allowed move from one status to another, and who may make it. */
export interface Transition<S extends string = string> {
  /** The status the record is in. */
  readonly from: S;
  /** The status it moves to. */
  readonly to: S;
  /** The roles that may make the move. */
  readonly roles: readonly Role[];
  /**
   * An approval: whoever wrote the record may not make this move, whatever their role
   * (four eyes on everything readers see as checked).
   */
  readonly approval: boolean;
  /** Needs a recorded verdict first (a claim cannot be reviewed without one). */
  readonly needsReview: boolean;
  /** A button label for the UI. */
  readonly label: string;
}

const ALL: readonly Role[] = ["editor", "reviewer", "admin"];
const REVIEWERS: readonly Role[] = ["reviewer", "admin"];
const ADMINS: readonly Role[] = ["admin"];

function t<S extends string>(
  from: S,
  to: S,
  roles: readonly Role[],
  label: string,
  flags: { approval?: boolean; needsReview?: boolean } = {},
): Transition<S> {
  return {
    from,
    to,
    roles,
    label,
    approval: flags.approval ?? false,
    needsReview: flags.needsReview ?? false,
  };
}

/**
 * Event transitions. There is no published → draft edge on purpose: once readers have seen a
 * record it is corrected in place (every change is a revision) or publicly retracted, never
 * silently withdrawn. A retracted event can be reconsidered only by an admin, and goes back
 * through review rather than straight to published.
 */
export const EVENT_TRANSITIONS: readonly Transition<EventStatus>[] = [
  t("draft", "in_review", ALL, "Submit for review"),
  t("in_review", "draft", ALL, "Back to draft"),
  t("in_review", "published", REVIEWERS, "Publish"),
  t("published", "retracted", ADMINS, "Retract"),
  t("retracted", "in_review", ADMINS, "Reopen for review"),
];

/**
 * Claim transitions. Moving a claim to `reviewed` or `published` is an approval: its author may
 * not do it, whatever their role, and `reviewed` needs a verdict on record. As with events,
 * published claims are corrected or retracted, never quietly unpublished.
 */
export const CLAIM_TRANSITIONS: readonly Transition<ClaimStatus>[] = [
  t("unreviewed", "in_review", ALL, "Submit for review"),
  t("in_review", "unreviewed", ALL, "Back to unreviewed"),
  t("in_review", "reviewed", REVIEWERS, "Approve review", { approval: true, needsReview: true }),
  t("reviewed", "in_review", REVIEWERS, "Reopen review"),
  t("reviewed", "published", REVIEWERS, "Publish", { approval: true, needsReview: true }),
  t("published", "retracted", ADMINS, "Retract"),
  t("retracted", "in_review", ADMINS, "Reopen for review"),
];

/** Every entity's transition table. */
export const TRANSITIONS: {
  readonly [E in WorkflowEntity]: readonly Transition<WorkflowState<E>>[];
} = {
  event: EVENT_TRANSITIONS,
  claim: CLAIM_TRANSITIONS,
};

/** The table row for a move, whoever makes it; undefined when no role may make it. */
export function findTransition<E extends WorkflowEntity>(
  entity: E,
  from: WorkflowState<E>,
  to: WorkflowState<E>,
): Transition<WorkflowState<E>> | undefined {
  const rows: readonly Transition<string>[] = TRANSITIONS[entity];
  return rows.find((r) => r.from === from && r.to === to) as
    | Transition<WorkflowState<E>>
    | undefined;
}

/** Everything `checkTransition` needs to decide on one move. */
export interface TransitionRequest<E extends WorkflowEntity = WorkflowEntity> {
  /** The kind of record. */
  entity: E;
  /** Its current status. */
  from: WorkflowState<E>;
  /** The status asked for. */
  to: WorkflowState<E>;
  /** The role of the user asking. */
  role: Role;
  /** The id of the user asking. */
  actorId?: string | null;
  /** The id of the user who wrote the record (a claim's `createdBy`); null when unknown. */
  authorId?: string | null;
  /** Whether a verdict is on record; when given, approvals that need one check it. */
  hasReview?: boolean;
}

/** The answer to a transition request: allowed, or the error code and a reason to show. */
export type TransitionCheck = { ok: true } | { ok: false; code: ErrorCode; reason: string };

const ROLE_PLURALS: Record<Role, string> = {
  editor: "editors",
  reviewer: "reviewers",
  admin: "admins",
};

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function listRoles(roles: readonly Role[]): string {
  const names = roles.map((r) => ROLE_PLURALS[r]);
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

const ENTITY_NOUNS: Record<WorkflowEntity, string> = { event: "an event", claim: "a claim" };

function isState(entity: WorkflowEntity, value: string): boolean {
  return (WORKFLOW_STATES[entity] as readonly string[]).includes(value);
}

/**
 * Decides whether `role` may move a record from `from` to `to`. Refusals carry the code the API
 * answers with: `forbidden` (403) when the move exists but not for this user, `conflict` (409)
 * when the record's status does not allow it at all, `unprocessable` (422) when a verdict is
 * missing, `validation_failed` (400) for a status the entity does not have.
 */
export function checkTransition<E extends WorkflowEntity>(
  req: TransitionRequest<E>,
): TransitionCheck {
  const { entity, from, to, role } = req;
  for (const [field, value] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (!isState(entity, value)) {
      return {
        ok: false,
        code: "validation_failed",
        reason: `${field}: "${value}" is not a ${entity} status; use one of ${WORKFLOW_STATES[entity].join(", ")}`,
      };
    }
  }
  if (from === to) {
    return { ok: false, code: "conflict", reason: `The ${entity} is already ${from}` };
  }
  const rule = findTransition(entity, from, to);
  if (!rule) {
    const next = TRANSITIONS[entity].filter((r) => r.from === from).map((r) => r.to);
    return {
      ok: false,
      code: "conflict",
      reason: `${capitalize(ENTITY_NOUNS[entity])} cannot go from ${from} to ${to}; from ${from} it can go to ${
        next.length > 0 ? next.join(" or ") : "nothing else"
      }`,
    };
  }
  if (!rule.roles.includes(role)) {
    return {
      ok: false,
      code: "forbidden",
      reason: `Only ${listRoles(rule.roles)} may move ${ENTITY_NOUNS[entity]} from ${from} to ${to}`,
    };
  }
  if (
    rule.approval &&
    req.actorId != null &&
    req.authorId != null &&
    req.actorId === req.authorId
  ) {
    return {
      ok: false,
      code: "forbidden",
      reason: `You wrote this ${entity}, so someone else must approve it (${from} to ${to})`,
    };
  }
  if (rule.needsReview && req.hasReview === false) {
    return {
      ok: false,
      code: "unprocessable",
      reason: `Record a verdict before moving the ${entity} to ${to}`,
    };
  }
  return { ok: true };
}

/**
 * Whether `role` may move a record from `from` to `to` by the table alone. It knows nothing of
 * who wrote the record: use `checkTransition` with `actorId`/`authorId` to refuse self-approval.
 */
export function canTransition<E extends WorkflowEntity>(
  entity: E,
  from: WorkflowState<E>,
  to: WorkflowState<E>,
  role: Role,
): boolean {
  return checkTransition({ entity, from, to, role }).ok;
}

/**
 * The statuses `role` may move a record to from `from`, in table order, so the UI shows only
 * valid buttons. Pass `who` to also drop approvals of the user's own record.
 */
export function nextStates<E extends WorkflowEntity>(
  entity: E,
  from: WorkflowState<E>,
  role: Role,
  who: { actorId?: string | null; authorId?: string | null; hasReview?: boolean } = {},
): WorkflowState<E>[] {
  const rows: readonly Transition<WorkflowState<E>>[] = TRANSITIONS[entity];
  return rows
    .filter((r) => r.from === from && checkTransition({ entity, from, to: r.to, role, ...who }).ok)
    .map((r) => r.to);
}

/** Everything a role may do outside the status workflow. */
export const ACTIONS = [
  "event.create",
  "event.update",
  "event.delete",
  "event.merge",
  "source.create",
  "source.update",
  "source.rate",
  "source.retract",
  "source.delete",
  "claim.create",
  "claim.update",
  "claim.delete",
  "claim.rank",
  "claim.review",
  "claim.merge",
  "evidence.create",
  "evidence.delete",
  "actor.create",
  "actor.update",
  "actor.delete",
  "actor.merge",
  "ingest.run",
  "ingest.accept",
  "revision.read",
  "revision.restore",
  "user.read",
  "user.manage",
  "feed.read",
  "feed.manage",
  "webhook.manage",
] as const;

/** An action outside the status workflow, `record.verb`. */
export const Action = z.enum(ACTIONS).meta({ description: "An action a role may be allowed" });
export type Action = z.infer<typeof Action>;

/**
 * Who may do what, outside status changes. Editors write and link; reviewers also judge
 * (verdicts, ranks, reliability, merges, restores); admins also delete, retract sources and
 * manage users. Deletion is admin-only because a deleted record leaves only its revisions.
 */
export const PERMISSIONS: { readonly [A in Action]: readonly Role[] } = {
  "event.create": ALL,
  "event.update": ALL,
  "event.delete": ADMINS,
  "event.merge": REVIEWERS,
  "source.create": ALL,
  "source.update": ALL,
  "source.rate": REVIEWERS,
  "source.retract": ADMINS,
  "source.delete": ADMINS,
  "claim.create": ALL,
  "claim.update": ALL,
  "claim.delete": ADMINS,
  "claim.rank": REVIEWERS,
  "claim.review": REVIEWERS,
  "claim.merge": REVIEWERS,
  "evidence.create": ALL,
  "evidence.delete": ALL,
  "actor.create": ALL,
  "actor.update": ALL,
  "actor.delete": ADMINS,
  "actor.merge": REVIEWERS,
  "ingest.run": ALL,
  "ingest.accept": ALL,
  "revision.read": ALL,
  "revision.restore": REVIEWERS,
  "user.read": ADMINS,
  "user.manage": ADMINS,
  // Every editor reviews what feeds bring in; which publishers are watched is an admin's call.
  "feed.read": ALL,
  "feed.manage": ADMINS,
  // Endpoints hold secrets and send data off-site: admins only.
  "webhook.manage": ADMINS,
};

const RECORD_NOUNS = {
  event: "an event",
  source: "a source",
  claim: "a claim",
  evidence: "an evidence link",
  actor: "an actor",
  ingest: "an ingest",
  revision: "a revision",
  user: "users",
  feed: "a publisher feed",
  webhook: "a webhook endpoint",
} as const;

/** Whether `role` may do `action`. */
export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[action]?.includes(role) ?? false;
}

/** Every action `role` may do, in `ACTIONS` order (for the UI's menus). */
export function actionsFor(role: Role): Action[] {
  return ACTIONS.filter((a) => can(role, a));
}

/** Like `can`, with the refusal the API answers (403) and a reason to show. */
export function checkAction(role: Role, action: Action): TransitionCheck {
  if (can(role, action)) return { ok: true };
  const roles = PERMISSIONS[action] ?? [];
  const [record, verb] = action.split(".") as [keyof typeof RECORD_NOUNS, string];
  return {
    ok: false,
    code: "forbidden",
    reason: `Only ${listRoles(roles)} may ${verb} ${RECORD_NOUNS[record]}`,
  };
}

/**
 * Who may edit a record's fields in each status. Once a record is reviewed or published,
 * readers rely on it, so only reviewers and admins may correct it (every correction is a
 * revision); a retracted record is frozen except for admins.
 */
export const EDITABLE_BY: {
  readonly [E in WorkflowEntity]: { readonly [S in WorkflowState<E>]: readonly Role[] };
} = {
  event: { draft: ALL, in_review: ALL, published: REVIEWERS, retracted: ADMINS },
  claim: {
    unreviewed: ALL,
    in_review: ALL,
    reviewed: REVIEWERS,
    published: REVIEWERS,
    retracted: ADMINS,
  },
};

/** Whether `role` may edit the fields of a record of `entity` that is in `status`. */
export function canEdit<E extends WorkflowEntity>(
  entity: E,
  status: WorkflowState<E>,
  role: Role,
): boolean {
  const byStatus = EDITABLE_BY[entity] as Record<string, readonly Role[] | undefined>;
  return byStatus[status]?.includes(role) ?? false;
}

/** Like `canEdit`, with the refusal the API answers (403) and a reason to show. */
export function checkEdit<E extends WorkflowEntity>(
  entity: E,
  status: WorkflowState<E>,
  role: Role,
): TransitionCheck {
  if (canEdit(entity, status, role)) return { ok: true };
  const byStatus = EDITABLE_BY[entity] as Record<string, readonly Role[] | undefined>;
  const roles = byStatus[status];
  if (!roles) {
    return {
      ok: false,
      code: "validation_failed",
      reason: `"${status}" is not a ${entity} status`,
    };
  }
  return {
    ok: false,
    code: "forbidden",
    reason: `Only ${listRoles(roles)} may edit ${ENTITY_NOUNS[entity]} that is ${status}`,
  };
}

/**
 * The claim fields a verdict judges. Once a verdict is on record, changing them would leave a
 * verdict standing on words it never judged, so only reviewers and admins (who can re-judge)
 * may change them, whatever the claim's status.
 */
export const VERDICT_BOUND_FIELDS = ["text", "statement", "assertion"] as const;

/** Everything `checkClaimEdit` needs to decide on one edit of a claim. */
export interface ClaimEditRequest {
  /** The claim's current status. */
  status: WorkflowState<"claim">;
  /** The role of the user editing. */
  role: Role;
  /** Whether a verdict is on record for the claim. */
  hasVerdict: boolean;
  /** The fields the edit changes (PATCH body keys); empty for link-only edits such as evidence. */
  fields: readonly string[];
}

/**
 * `checkEdit` for claims, plus the verdict rule: an editor may not rewrite the judged wording
 * of a claim that has a verdict.
 */
export function checkClaimEdit(req: ClaimEditRequest): TransitionCheck {
  const byStatus = checkEdit("claim", req.status, req.role);
  if (!byStatus.ok) return byStatus;
  const bound = req.fields.filter((f) => (VERDICT_BOUND_FIELDS as readonly string[]).includes(f));
  if (req.hasVerdict && bound.length > 0 && !REVIEWERS.includes(req.role)) {
    return {
      ok: false,
      code: "forbidden",
      reason: `Only reviewers and admins may change the ${bound.join(", ")} of a claim that has a verdict`,
    };
  }
  return { ok: true };
}

/** The name of the edit rule a refusal comes from, for problem+json (`edit.claim.published`). */
export function editRuleName(entity: WorkflowEntity, status: string): string {
  return `edit.${entity}.${status}`;
}
