/** Take your data with you: the JSON archive (with or without recordings) and stories as Markdown. */
export function ExportSection() {
  return (
    <section className="card settings-section" aria-labelledby="export-title">
      <h2 id="export-title">Export your data</h2>
      <p className="muted">
        One JSON file with everything you own — attempts and their analyses, mock loops, stories, your plan and settings. Import it
        into Keeper on any machine. Recordings are optional because they make the file large.
      </p>
      <div className="actions">
        <a className="button" href="/api/export" download>
          Export (JSON)
        </a>
        <a className="button ghost" href="/api/export?recordings=1" download>
          Export with recordings
        </a>
        <a className="button ghost" href="/api/export/stories.md" download>
          Stories as Markdown
        </a>
      </div>
    </section>
  );
}
