import { Link } from 'react-router-dom';
import { NAV } from '../../nav.js';

/** Settings — this area is being built; until then it points to the question library. */
export function SettingsPage() {
  const item = NAV.find((n) => n.label === 'Settings');
  return (
    <div className="page">
      <h1>Settings</h1>
      <p className="lead">{item?.hint}</p>
      <p>This area is not ready yet. Meanwhile, browse the <Link to="/library">question library</Link>.</p>
    </div>
  );
}
