// Names of the station's automatic backups: the station time they were made, so they sort by age and survive restarts.

const BACKUP_NAME = /^vigil-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.db$/;

/** 2026-11-26T07:00:00.000Z → 20261126T070000Z: sortable, and valid in every file system's names. */
export function compactTime(t: number): string {
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

export function backupFileName(t: number): string {
  return `vigil-${compactTime(t)}.db`;
}

/** When a backup file was made, or null for any other file in the folder. */
export function backupTimeOf(name: string): number | null {
  const m = BACKUP_NAME.exec(name);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])) : null;
}
