import { Link } from 'react-router-dom';
import { NAV } from '../../nav.js';

/** System design — this area is being built; until then it points to the question library. */
export function DesignPage() {
  const item = NAV.find((n) => n.label === 'System design');
  return (
    <div className="page">
      <h1>System design</h1>
      <p className="lead">{item?.hint}</p>
      <p>This area is not ready yet. Meanwhile, browse the <Link to="/library">question library</Link>.</p>
    </div>
  );
}
