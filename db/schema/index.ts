export * from "./enums";
export * from "./organisation";
export * from "./users";
export * from "./disclosures";
export * from "./feedback";
export * from "./audit";
export * from "./meta";
