// npm run bench:reports: the yearly report over a generated big year (issue 7), on its own.
import { benchReports } from './reports.js';

benchReports().then((ok) => { if (!ok) process.exitCode = 1; }).catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
