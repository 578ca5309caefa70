import { Box } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { RouteError } from './route-error';

/** When even the frame could not load (the session could not be read): the error alone, in a main landmark. */
export function RootError(props: ErrorComponentProps) {
  return (
    <Box component="main" p="md">
      <RouteError {...props} />
    </Box>
  );
}
