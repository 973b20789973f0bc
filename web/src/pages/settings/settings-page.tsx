/** Settings: your data (export, import, reports, recordings, delete my data). */
import { useState } from 'react';
import { DeleteSection } from './delete-section.js';
import { ExportSection } from './export-section.js';
import { ImportSection } from './import-section.js';
import { RecordingsSection } from './recordings-section.js';
import { ReportsSection } from './reports-section.js';
import './settings.css';

export function SettingsPage() {
  const [refresh, setRefresh] = useState(0);
  const changed = (): void => setRefresh((n) => n + 1);
  return (
    <div className="page settings-page">
      <h1>Settings and your data</h1>
      <p className="lead">Everything you do in Keeper stays on this machine. Take it with you, bring it back, or erase it.</p>
      <ReportsSection refreshKey={refresh} />
      <ExportSection />
      <ImportSection onImported={changed} />
      <RecordingsSection refreshKey={refresh} />
      <DeleteSection onDeleted={changed} />
    </div>
  );
}
