import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AttestationEntry, MainNavLink } from './main-nav-link';
import { isGroup, useMainNav } from './main-nav-items';
import classes from './main-nav.module.css';
import { WideNav } from './wide-nav';

/**
 * The main menu. The wide header has one row whose groups open as disclosures; the compact
 * header's menu panel lists every link, each group's under its name.
 */
export function MainNav({ vertical = false }: { vertical?: boolean }) {
  return vertical ? <CompactNav /> : <WideNav />;
}

function CompactNav() {
  const { t } = useTranslation();
  const nav = useMainNav();
  const idBase = useId();
  return (
    <nav aria-label={t('app.nav.label')} className={classes.nav}>
      <ul className={classes.list} data-vertical>
        {nav.entries.map((entry) =>
          isGroup(entry) ? (
            <li key={entry.group} className={classes.section}>
              <h3 id={`${idBase}-${entry.group}`} className={classes.heading}>
                {t(`app.nav.groups.${entry.group}`)}
              </h3>
              <ul className={classes.list} aria-labelledby={`${idBase}-${entry.group}`}>
                {entry.items.map((item) => (
                  <MainNavLink key={item.to} item={item} current={nav.current} />
                ))}
              </ul>
            </li>
          ) : (
            <MainNavLink key={entry.to} item={entry} current={nav.current} />
          ),
        )}
        <AttestationEntry active={nav.attestationActive} />
        {nav.admin && <MainNavLink item={nav.admin} current={nav.current} />}
      </ul>
    </nav>
  );
}
