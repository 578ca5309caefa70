import { UnstyledButton, type UnstyledButtonProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

type PlainAnchorProps = UnstyledButtonProps & Omit<ComponentPropsWithRef<'a'>, keyof UnstyledButtonProps>;

function PlainAnchor(props: PlainAnchorProps) {
  return <UnstyledButton component="a" {...props} />;
}

const CreatedPlainLink = createLink(PlainAnchor);

/** A router link without Mantine's link styling, for cards and navigation styled by CSS modules. */
export const PlainLink: LinkComponent<typeof PlainAnchor> = (props) => <CreatedPlainLink {...props} />;
