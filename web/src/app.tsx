import { Route, Routes } from 'react-router-dom';
import { Layout } from './layout.js';
import { PackProvider } from './pack-context.js';
import { routes } from './routes.js';

export function App() {
  return (
    <Layout>
      <PackProvider>
        <Routes>
          {routes.map((r) => (
            <Route key={r.path} path={r.path} element={r.element} />
          ))}
          <Route path="*" element={<NotFound />} />
        </Routes>
      </PackProvider>
    </Layout>
  );
}

function NotFound() {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>That address does not exist in Keeper. Use the navigation to pick an area.</p>
    </div>
  );
}
