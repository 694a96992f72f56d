export {
  type CachedResponse,
  type ChangeFeed,
  createClient,
  type EtagCache,
  FactlineClient,
  type FactlineClientOptions,
  MemoryEtagCache,
  type Paginated,
  type RetryOptions,
} from "./client";
export { FactlineProblemError } from "./errors";
export type * from "./types";
export {
  newWebhookSecret,
  signWebhook,
  verifyWebhook,
  WEBHOOK_TOLERANCE_SECONDS,
  WebhookVerificationError,
} from "./webhooks";
