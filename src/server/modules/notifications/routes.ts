import { notificationEndpoints as endpoints } from '../../../shared/endpoints/notifications.js';
import { notificationTopics, renderNotification } from '../../../shared/notifications.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Routes } from '../../platform/endpoints.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import type { RequestScope } from '../../platform/scope.js';
import { markAllRead, markRead, releaseHold, setDigestLimit, setPreferences } from './commands.js';

export function notificationRoutes(routes: Routes, deps: AppDeps) {
  async function presentPreferences(scope: RequestScope) {
    const repo = scope.repos.notifications;
    const row = await repo.preferences(scope.auth.personId);
    return {
      digest: (row?.digest ?? 'daily') as 'daily',
      optedOut: (row?.optedOut ?? []) as 'attestation'[],
      topics: [...notificationTopics],
      email: await repo.email(scope.auth.personId),
      rowVersion: row?.rowVersion ?? 0,
    };
  }

  routes.on(endpoints.list, async ({ scope, query }) => {
    const repo = scope.repos.notifications;
    const { rows, total } = await repo.list(scope.auth.personId, { page: query.page, pageSize: query.pageSize, unreadOnly: query.unread === 'true' });
    return {
      items: rows.map((r) => ({
        id: r.id,
        topic: r.topic as 'attestation',
        text: renderNotification(r.messageKey, r.params, scope.auth.language),
        link: r.link,
        createdAt: r.createdAt.toISOString(),
        readAt: r.readAt?.toISOString() ?? null,
      })),
      total,
      unread: await repo.unread(scope.auth.personId),
    };
  });

  routes.on(endpoints.unread, async ({ scope }) => ({ unread: await scope.repos.notifications.unread(scope.auth.personId) }));

  routes.on(endpoints.markRead, async ({ scope, params }) => markRead(scope, params.id));

  routes.on(endpoints.markAllRead, async ({ scope }) => markAllRead(scope));

  routes.on(endpoints.preferences, async ({ scope }, reply) => {
    const preferences = await presentPreferences(scope);
    setEtag(reply, preferences.rowVersion);
    return preferences;
  });

  routes.on(endpoints.setPreferences, async (request, reply) => {
    const { scope, body } = request;
    setEtag(reply, await setPreferences(scope, expectedVersion(request), body));
    return presentPreferences(scope);
  });

  async function presentHeld(scope: RequestScope) {
    const rows = await scope.repos.notifications.holds();
    const setting = await scope.repos.notifications.digestLimit();
    return {
      items: rows.map(({ hold, releasedByName }) => ({
        id: hold.id,
        recipients: hold.recipients,
        limit: hold.limit,
        heldAt: hold.createdAt.toISOString(),
        releasedAt: hold.releasedAt?.toISOString() ?? null,
        releasedBy: releasedByName,
      })),
      limit: setting?.digestLimit ?? deps.config.digestLimit,
      limitRowVersion: setting?.rowVersion ?? 0,
    };
  }

  routes.on(endpoints.held, async ({ scope }) => presentHeld(scope));

  routes.on(endpoints.setDigestLimit, async (request, reply) => {
    const { scope, body } = request;
    setEtag(reply, await setDigestLimit(scope, expectedVersion(request), body.digestLimit, deps.config.digestLimit));
    return presentHeld(scope);
  });

  routes.on(endpoints.release, async ({ scope, params }) => releaseHold(scope, params.id));
}
