import type { Permission } from '../../shared/organisation.js';
import type { AuthContext } from './auth.js';
import type { Clock } from './clock.js';
import type { Db } from './db.js';
import { can, requirePermission, type ScopedRecord, scopeOf } from './permissions.js';

/**
 * The repositories every request gets, made for its municipality. The platform knows no module:
 * the composition file fills this interface in (declaration merging) and hands the factories over.
 * An augmentation merges only with an exported interface (unexported, `scope.repos` would have
 * no repositories), and knip does not count compose.ts's augmentation as a use: `@public` keeps
 * this export out of its report.
 * @public
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ScopeRepositories {}

/** A module's repository factory: one municipality's reads and writes on a database handle. */
type RepositoryFactory = (db: Db, organisationId: string) => unknown;
export type RepositoryFactories = { [K in keyof ScopeRepositories]: (db: Db, organisationId: string) => ScopeRepositories[K] };

/**
 * What a handler knows about its request: the caller acting in one municipality, what they may
 * do, and repositories that cannot reach another municipality. It is also the context commands
 * take (`db`, `clock`, `auth`), so a handler hands it on as it is.
 */
export interface RequestScope {
  readonly db: Db;
  readonly clock: Clock;
  /** Who acts (the caller is one field of it), where, with which grants. */
  readonly auth: AuthContext;
  readonly organisationId: string;
  readonly repos: ScopeRepositories;
  can(permission: Permission, record?: ScopedRecord): boolean;
  /** 403 unless the caller's role grants the permission (for the record, when one is given). */
  require(permission: Permission, record?: ScopedRecord): void;
  scopeOf(permission: Permission): ReturnType<typeof scopeOf>;
}

declare module 'fastify' {
  interface FastifyRequest {
    scope: RequestScope | null;
  }
}

/** Builds scopes; each repository is made on first use, once per request. */
export function scopeFactory(factories: RepositoryFactories, db: Db, clock: Clock) {
  const entries = Object.entries(factories) as [keyof ScopeRepositories, RepositoryFactory][];
  return (auth: AuthContext): RequestScope => {
    const repos = {} as ScopeRepositories;
    for (const [name, make] of entries) {
      let made: unknown;
      Object.defineProperty(repos, name, { enumerable: true, get: () => (made ??= make(db, auth.organisationId)) });
    }
    return {
      db,
      clock,
      auth,
      organisationId: auth.organisationId,
      repos,
      can: (permission, record) => can(auth, permission, record),
      require: (permission, record) => requirePermission(auth, permission, record),
      scopeOf: (permission) => scopeOf(auth, permission),
    };
  };
}
