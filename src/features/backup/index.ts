// Backup and restore (docs/decisions/0011-backup-and-restore.md).
export { writeBackup, type BackupOptions, type BackupProgress, type BackupSummary } from './write-backup.ts';
export { restoreBackup, REFERENCE_TABLES, type RestoreProgress, type RestoreSummary } from './restore-backup.ts';
export { readBackup, type BackupEvent } from './read-backup.ts';
export type { BackupHeader } from './backup-format.ts';
export { NoBackupServerError, requestBackupFromServer } from './backup-socket-client.ts';
export { backupSocketPath, startBackupSocket } from './backup-socket-server.ts';
