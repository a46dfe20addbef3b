import type { ServiceContext } from '../../shared/context.ts';
import { loadFeatureContributions } from '../../shared/feature-files.ts';
import type { RecordType } from './history-fields.ts';

/** What a history policy may look up about records that are gone: their last snapshot. */
export interface PastRecords {
  lastSnapshot(entityType: string, id: string): Promise<Record<string, unknown> | null>;
}

/** Who may read the history of one kind of record: those who may edit it (decision 0016). */
export interface HistorySubject {
  entityType: string;
  mayRead(ctx: ServiceContext, id: string, past: PastRecords): Promise<boolean>;
}

export interface NamedRecord {
  id: string;
  key: string | null;
  name: string | null;
}

/** How a history names the records it mentions of one kind (by id, and by key where they have one). */
export interface HistoryRecordNames {
  type: RecordType;
  /** Public records (cities, organisations...) are named to every reader; others to those who may read their own history. */
  public: boolean;
  names(ctx: ServiceContext, by: 'id' | 'key', values: string[]): Promise<NamedRecord[]>;
}

/** The labels of a vocabulary's codes (themes, concepts) in every language. */
export interface HistoryVocabulary {
  vocabulary: string;
  labels(ctx: ServiceContext, codes: string[]): Promise<{ key: string; labels: Record<string, string> }[]>;
}

/**
 * What a feature adds to the history of records, in a file named `*.history.ts` (default
 * export). The feature that owns a record says who may read its history and how it is named;
 * audit knows none of them.
 */
export interface HistoryContribution {
  subjects?: readonly HistorySubject[];
  /** The display names of the accounts that made changes (from users). */
  authorNames?: (ctx: ServiceContext, userIds: string[]) => Promise<{ id: string; displayName: string }[]>;
  names?: readonly HistoryRecordNames[];
  vocabularies?: readonly HistoryVocabulary[];
}

export interface HistoryRegistry {
  subject(entityType: string): HistorySubject | undefined;
  names(type: RecordType): HistoryRecordNames | undefined;
  vocabulary(name: string): HistoryVocabulary | undefined;
  authorNames(ctx: ServiceContext, userIds: string[]): Promise<{ id: string; displayName: string }[]>;
}

/** Every feature's contributions, loaded once per process. */
export async function historyRegistry(): Promise<HistoryRegistry> {
  const contributions = await loadFeatureContributions<HistoryContribution>(/[.]history[.]ts$/);
  const subjects = new Map(contributions.flatMap((c) => c.subjects ?? []).map((s) => [s.entityType, s] as const));
  const names = new Map(contributions.flatMap((c) => c.names ?? []).map((n) => [n.type, n] as const));
  const vocabularies = new Map(contributions.flatMap((c) => c.vocabularies ?? []).map((v) => [v.vocabulary, v] as const));
  const authorNames = contributions.find((c) => c.authorNames)?.authorNames;
  return {
    subject: (type) => subjects.get(type),
    names: (type) => names.get(type),
    vocabulary: (name) => vocabularies.get(name),
    authorNames: async (ctx, userIds) => (authorNames && userIds.length ? authorNames(ctx, userIds) : []),
  };
}
