/** The page frame: a skip link, the navigation (a sidebar on wide screens, a menu on phones) and the page. */
import { useEffect, useState, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router-dom';
import { NAV } from './nav.js';

export function Layout({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const location = useLocation();
  useEffect(() => setOpen(false), [location.pathname]);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="topbar">
        <NavLink to="/" className="brand" aria-label="Keeper home">
          <span className="brand-mark" aria-hidden="true">K</span>
          <span>Keeper</span>
        </NavLink>
        <button type="button" className="menu-button" aria-expanded={open} aria-controls="main-nav" onClick={() => setOpen((o) => !o)}>
          {open ? 'Close menu' : 'Menu'}
        </button>
      </header>
      <nav id="main-nav" className={open ? 'sidebar open' : 'sidebar'} aria-label="Main">
        <ul>
          {NAV.map((item) => (
            <li key={item.path}>
              <NavLink to={item.path} end={item.path === '/'} title={item.hint}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
        <p className="sidebar-note">Private by default: everything stays on this machine.</p>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
