/**
 * The files that make up the user's data, relative to the data folder: what backups copy and a
 * restore replaces. A new data file is added here, so it is backed up and restored like the rest.
 */
export const TOP_LEVEL_DATA_FILES = ['index.json', 'reports.json', 'review.json'] as const;

/** Folders whose `*.json` files are data too (one file per attempt). */
export const DATA_FOLDERS = ['attempts'] as const;
