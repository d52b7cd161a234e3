/**
 * The cache tags of the public pages, and which pages a change makes out of date. A page is
 * served from Next's cache until one of its tags is expired (lib/cache/invalidate.ts).
 *
 * - a disclosure page: `disclosure:<id>` and its department's `department:<id>` (it lists the
 *   department's other years and revisions, and says when it was superseded or retracted)
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

const TAG = /^(public|home|compare|district:\d{6}|department:\d{1,15}|disclosure:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** Whether a string is one of the tags above (what another instance may ask to expire). */
export const isCacheTag = (tag: unknown): tag is string => typeof tag === "string" && TAG.test(tag);

/** Something that changes what the public sees. */
export type PublicChange =
  /** a disclosure published (a first version or a correction superseding the one before) or retracted */
  | { kind: "disclosure"; disclosureId: string; departmentId: number; districtCode: string }
  /** an answer to a feedback published under a disclosure, changed or withdrawn */
  | { kind: "feedback-answer"; disclosureId: string }
  /** a department created, renamed, recoded or given another contact */
  | { kind: "department"; departmentId: number; districtCode: string };

/** The tags of exactly the pages that show what changed. */
export function tagsFor(change: PublicChange): string[] {
  switch (change.kind) {
    case "disclosure":
      return [disclosureTag(change.disclosureId), departmentTag(change.departmentId), districtTag(change.districtCode), HOME_TAG, COMPARE_TAG];
    case "feedback-answer":
      return [disclosureTag(change.disclosureId)];
    case "department":
      return [departmentTag(change.departmentId), districtTag(change.districtCode), HOME_TAG, COMPARE_TAG];
  }
}

/** The tags each cached page carries. */
export const pageTags = {
  disclosure: ({ id, departmentId }: { id: string; departmentId?: number }) => [PUBLIC_TAG, disclosureTag(id), ...(departmentId === undefined ? [] : [departmentTag(departmentId)])],
  department: ({ departmentId, districtCode }: { departmentId?: number; districtCode: string }) => [PUBLIC_TAG, departmentId === undefined ? districtTag(districtCode) : departmentTag(departmentId)],
  district: ({ code }: { code: string }) => [PUBLIC_TAG, districtTag(code)],
  home: () => [PUBLIC_TAG, HOME_TAG],
  compare: () => [PUBLIC_TAG, COMPARE_TAG],
};

/** Whether a change makes a page carrying these tags out of date. */
export const isOutdatedBy = (change: PublicChange, tags: string[]) => tagsFor(change).some((t) => tags.includes(t));
