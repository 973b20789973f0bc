/** The Library's sub-navigation: questions, values and culture, loops, levels and pitfalls. */
import { Link, NavLink, useLocation } from 'react-router-dom';
import './library.css';

const SECTIONS = [
  { to: '/library/values', label: 'Values & culture' },
  { to: '/library/loops', label: 'Loops' },
  { to: '/library/guidance', label: 'Levels & pitfalls' },
] as const;

export function LibraryNav() {
  const { pathname } = useLocation();
  // "Questions" covers the list and every single-question page (/library/<question id>).
  const inQuestions = !SECTIONS.some((s) => pathname === s.to || pathname.startsWith(`${s.to}/`));
  return (
    <nav aria-label="Library sections" className="library-nav">
      <ul>
        <li>
          <Link to="/library" className={inQuestions ? 'active' : undefined} aria-current={inQuestions ? 'page' : undefined}>
            Questions
          </Link>
        </li>
        {SECTIONS.map((s) => (
          <li key={s.to}>
            <NavLink to={s.to}>{s.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
