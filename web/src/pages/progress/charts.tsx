/** Progress charts (recharts): one line per series over days, and coding pass rates per problem. */
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CodingStats, Series } from './api-types.js';

const COLORS = ['#b1060f', '#1a5fd1', '#1d7a46', '#9a6200', '#7b3fb8', '#00838f', '#5f5b57', '#d84315', '#2e7d32'];

export function colorAt(i: number): string {
  return COLORS[i % COLORS.length] ?? '#333';
}

/** Recharts rows: `{ date, key1: v, key2: v }`. */
function rows(series: Series): Record<string, string | number>[] {
  return series.points.map((p) => ({ date: p.date.slice(5), ...p.values }));
}

export function SeriesChart({
  title,
  series,
  domain,
  label = (k) => k,
  id,
}: {
  title: string;
  series: Series;
  domain: [number, number];
  label?: (key: string) => string;
  id: string;
}) {
  return (
    <figure className="card chart" aria-labelledby={`${id}-title`} data-testid={id}>
      <figcaption id={`${id}-title`} className="chart-title">
        {title}
      </figcaption>
      {series.points.length === 0 ? (
        <p className="empty">No attempts yet.</p>
      ) : (
        <div className="chart-box">
          <ResponsiveContainer width="100%" height={240}>
            <LineChart data={rows(series)} margin={{ top: 8, right: 16, bottom: 4, left: -12 }}>
              <CartesianGrid stroke="#eee" />
              <XAxis dataKey="date" fontSize={12} />
              <YAxis domain={domain} fontSize={12} allowDecimals={false} />
              <Tooltip />
              <Legend />
              {series.keys.map((k, i) => (
                <Line key={k} type="linear" dataKey={k} name={label(k)} stroke={colorAt(i)} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}

export function CodingCharts({ coding, title }: { coding: CodingStats; title: (id: string) => string }) {
  const perProblem = coding.problems.map((p) => ({ name: title(p.problemId), passRate: p.passRate, bestMs: p.bestMs ?? 0 }));
  const daily = coding.daily.points.map((p) => ({ date: p.date.slice(5), passRate: p.values['passRate'], ms: p.values['ms'] }));
  return (
    <div className="chart-grid">
      <figure className="card chart" aria-labelledby="coding-pass-title" data-testid="chart-coding">
        <figcaption id="coding-pass-title" className="chart-title">
          Coding: tests passed per problem (%) · {coding.accepted} of {coding.attempts} submissions accepted
        </figcaption>
        {perProblem.length === 0 ? (
          <p className="empty">No coding submissions yet.</p>
        ) : (
          <div className="chart-box">
            <ResponsiveContainer width="100%" height={240}>
              <BarChart data={perProblem} margin={{ top: 8, right: 16, bottom: 4, left: -12 }}>
                <CartesianGrid stroke="#eee" />
                <XAxis dataKey="name" fontSize={12} />
                <YAxis domain={[0, 100]} fontSize={12} />
                <Tooltip />
                <Bar dataKey="passRate" name="Tests passed (%)" fill={colorAt(1)} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        )}
      </figure>
      <figure className="card chart" aria-labelledby="coding-time-title" data-testid="chart-coding-time">
        <figcaption id="coding-time-title" className="chart-title">
          Coding over time: pass rate (%) and run time (ms)
        </figcaption>
        {daily.length === 0 ? (
          <p className="empty">No coding submissions yet.</p>
        ) : (
          <div className="chart-box">
            <ResponsiveContainer width="100%" height={240}>
              <LineChart data={daily} margin={{ top: 8, right: 16, bottom: 4, left: -12 }}>
                <CartesianGrid stroke="#eee" />
                <XAxis dataKey="date" fontSize={12} />
                <YAxis yAxisId="rate" domain={[0, 100]} fontSize={12} />
                <YAxis yAxisId="ms" orientation="right" fontSize={12} />
                <Tooltip />
                <Legend />
                <Line yAxisId="rate" dataKey="passRate" name="Pass rate (%)" stroke={colorAt(2)} strokeWidth={2} isAnimationActive={false} connectNulls />
                <Line yAxisId="ms" dataKey="ms" name="Run time (ms)" stroke={colorAt(3)} strokeWidth={2} isAnimationActive={false} connectNulls />
              </LineChart>
            </ResponsiveContainer>
          </div>
        )}
      </figure>
    </div>
  );
}
