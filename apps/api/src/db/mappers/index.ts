// Row -> domain object mappers: the only place stored rows become API shapes.
export * from "./actor";
export * from "./claim";
export * from "./event";
export * from "./partial-date";
export * from "./source";
