import { idParams } from '../common.js';
import { endpoint } from '../endpoint.js';
import { digestLimitInput, heldDigestList, notificationList, notificationListQuery, notificationPreferences, notificationPreferencesInput, unreadCount } from '../notifications.js';

const tags = ['notifications'];

/** A person's own notifications (aviseringar), their digest mail choice, and the admin's held sends. */
export const notificationEndpoints = {
  list: endpoint({
    method: 'GET', path: '/api/v1/notifications', tags, access: 'signed_in',
    summary: "The caller's notifications, newest first, with the unread count", query: notificationListQuery, response: notificationList,
  }),
  unread: endpoint({ method: 'GET', path: '/api/v1/notifications/unread', tags, access: 'signed_in', summary: "How many of the caller's notifications are unread", response: unreadCount }),
  markRead: endpoint({
    method: 'POST', path: '/api/v1/notifications/:id/read', tags, access: 'signed_in',
    summary: 'Mark one of the caller’s notifications read', params: idParams, status: 204, response: null,
  }),
  markAllRead: endpoint({ method: 'POST', path: '/api/v1/notifications/read-all', tags, access: 'signed_in', summary: 'Mark all of the caller’s notifications read', status: 204, response: null }),
  preferences: endpoint({
    method: 'GET', path: '/api/v1/notifications/preferences', tags, access: 'signed_in',
    summary: "The caller's digest mail choice: how often, and which topics are left out", response: notificationPreferences,
  }),
  setPreferences: endpoint({
    method: 'PUT', path: '/api/v1/notifications/preferences', tags, access: 'signed_in', ifMatch: true,
    summary: "Change the caller's digest mail choice", body: notificationPreferencesInput, response: notificationPreferences,
  }),
  held: endpoint({
    method: 'GET', path: '/api/v1/notifications/held-digests', tags, access: 'organisation.manage',
    summary: 'Digest sends held because they would mail more people than the limit', response: heldDigestList,
  }),
  setDigestLimit: endpoint({
    method: 'PUT', path: '/api/v1/notifications/digest-limit', tags, access: 'organisation.manage', ifMatch: true,
    summary: "Change the municipality's limit for one digest run", body: digestLimitInput, response: heldDigestList,
  }),
  release: endpoint({
    method: 'POST', path: '/api/v1/notifications/held-digests/:id/release', tags, access: 'organisation.manage',
    summary: 'Release a held digest send: the next digest run sends it', params: idParams, status: 204, response: null, errors: [409],
  }),
};
