/**
 * The cache tags of the public pages, and which pages a change makes out of date. A page is
 * served from Next's cache until one of its tags is expired (lib/cache/invalidate.ts).
 *
 * - a disclosure page: `disclosure:<id>`, its department's `department:<id>` (it lists the
 *   department's other years and revisions, and says when it was superseded or retracted) and
 *   `revisions:<department>:<year>:<kind>` (it shows the public answers on every revision of its year)
 * - a department page: `department:<id>`; a department key nobody has yet: its district's tag
 * - a district page: `district:<code>`; the home page: `home`; the compare page's data: `compare`
 * - every one of them also `public`, expired as a whole when an instance may have missed a change
 */
export const PUBLIC_TAG = "public";
export const HOME_TAG = "home";
export const COMPARE_TAG = "compare";
export const disclosureTag = (id: string) => `disclosure:${id}`;
export const departmentTag = (id: number) => `department:${id}`;
export const districtTag = (code: string) => `district:${code}`;
export const revisionsTag = ({ departmentId, year, kind }: Revisions) => `revisions:${departmentId}:${year}:${kind}`;

/** The revisions of one department's disclosure of one year and kind. */
type Revisions = { departmentId: number; year: number; kind: "budget" | "final" };

const TAG = /^(public|home|compare|district:\d{6}|department:\d{1,15}|revisions:\d{1,15}:\d{4}:(budget|final)|disclosure:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** Whether a string is one of the tags above (what another instance may ask to expire). */
export const isCacheTag = (tag: unknown): tag is string => typeof tag === "string" && TAG.test(tag);

/** Something that changes what the public sees. */
export type PublicChange =
  /** a disclosure published (a first version or a correction superseding the one before) or retracted */
  | { kind: "disclosure"; disclosureId: string; departmentId: number; districtCode: string }
  /** an answer to a feedback published under a disclosure (so under all its revisions), changed or withdrawn */
  | { kind: "feedback-answer"; revisions: Revisions }
  /** a department created, renamed, recoded or given another contact */
  | { kind: "department"; departmentId: number; districtCode: string };

/** The tags of exactly the pages that show what changed. */
export function tagsFor(change: PublicChange): string[] {
  switch (change.kind) {
    case "disclosure":
      return [disclosureTag(change.disclosureId), departmentTag(change.departmentId), districtTag(change.districtCode), HOME_TAG, COMPARE_TAG];
    case "feedback-answer":
      return [revisionsTag(change.revisions)];
    case "department":
      return [departmentTag(change.departmentId), districtTag(change.districtCode), HOME_TAG, COMPARE_TAG];
  }
}

/** The tags each cached page carries. */
export const pageTags = {
  disclosure: ({ id, revisions }: { id: string; revisions?: Revisions }) => [PUBLIC_TAG, disclosureTag(id), ...(revisions ? [departmentTag(revisions.departmentId), revisionsTag(revisions)] : [])],
  department: ({ departmentId, districtCode }: { departmentId?: number; districtCode: string }) => [PUBLIC_TAG, departmentId === undefined ? districtTag(districtCode) : departmentTag(departmentId)],
  district: ({ code }: { code: string }) => [PUBLIC_TAG, districtTag(code)],
  home: () => [PUBLIC_TAG, HOME_TAG],
  compare: () => [PUBLIC_TAG, COMPARE_TAG],
};

/** Whether a change makes a page carrying these tags out of date. */
export const isOutdatedBy = (change: PublicChange, tags: string[]) => tagsFor(change).some((t) => tags.includes(t));
