// `npm run dev`: the API server (restarting on changes with tsx watch) and the Vite dev server with
// hot reload, which proxies /api to it. Open http://127.0.0.1:5173/.
import { spawn } from 'node:child_process';

const apiPort = process.env.KEEPER_API_PORT ?? '3000';
const procs = [
  spawn(process.execPath, ['--no-node-snapshot', '--import', 'tsx', '--watch', 'src/cli/main.ts', 'serve', '--port', apiPort], { stdio: 'inherit' }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'web/vite.config.ts'], {
    stdio: 'inherit',
    env: { ...process.env, KEEPER_API_PORT: apiPort },
  }),
];
const stop = () => {
  for (const p of procs) p.kill('SIGINT');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const p of procs) p.on('exit', (code) => { if (code) { stop(); process.exitCode = code; } });
