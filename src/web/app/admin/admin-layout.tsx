import { Stack } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { RequirePermission } from '../session/require-permission';
import { AdminNav } from './admin-nav';

/** Every admin page: only for those who manage the organisation (DECISIONS.md 5), with the area's menu on top. */
export function AdminLayout() {
  return (
    <RequirePermission permission="organisation.manage">
      <Stack gap="md">
        <AdminNav />
        <Outlet />
      </Stack>
    </RequirePermission>
  );
}
