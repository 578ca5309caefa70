import { Group } from '@mantine/core';
import type { LinkProps } from '@tanstack/react-router';
import { PlainLink } from './links/plain-link';
import classes from './section-nav.module.css';

export interface SectionLink {
  to: LinkProps['to'];
  label: string;
  /** Only this address marks the link as current, not the pages below it. */
  exact?: boolean;
}

/**
 * The pages of one section (the IT council's meetings, inbox and decisions; acquisitions and the
 * agreements register; the admin area) as a second, named navigation landmark below the main menu.
 */
export function SectionNav({ label, links }: { label: string; links: SectionLink[] }) {
  return (
    <nav aria-label={label}>
      <Group gap={0} component="ul" className={classes.list}>
        {links.map((link) => (
          <li key={String(link.to)}>
            <PlainLink
              to={link.to}
              className={classes.link}
              activeOptions={{ exact: link.exact ?? false, includeSearch: false }}
              activeProps={{ 'aria-current': 'page', 'data-active': true }}
            >
              {link.label}
            </PlainLink>
          </li>
        ))}
      </Group>
    </nav>
  );
}
