import { eventsRouter } from "./events/events.index";

/** Every public /v1 router (health is mounted on its own, outside the read middleware's cache). */
export const publicRouters = [eventsRouter];
