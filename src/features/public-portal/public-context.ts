import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { anonymous } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';

/**
 * The portal reads as the public, whoever asks: a signed-in coordinator gets the same page as a
 * search engine, so a page may be cached and shared, and never shows what only members may see.
 */
export const publicContext = (db: Db, config: Config): ServiceContext => ({ db, actor: anonymous, config });
