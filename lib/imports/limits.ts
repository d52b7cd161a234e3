/** The largest file the portal imports and keeps with a disclosure (DESIGN: 20 MB, 300 pages). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** What a ZIP of documents may hold: so many entries, so much once unpacked (ARCHIVE_LIMITS of lib/documents/zip-budget.ts). */
export const ZIP_LIMITS = { maxEntries: 500, maxEntryBytes: MAX_FILE_BYTES, maxTotalBytes: 100 * 1024 * 1024 };

/** The most files one batch import takes (after unpacking its ZIPs), and their total size. */
export const BATCH_LIMITS = { maxFiles: 500, maxTotalBytes: 200 * 1024 * 1024 };
