/* global module, process, URLSearchParams */
// autocannon setupRequest for the booking benchmark (a file, as worker threads need one):
// every request books with a new e-mail address, so each one is a real booking decision.
let n = 0;
const run = Math.random().toString(36).slice(2, 8);
module.exports = function setupRequest(req) {
  n += 1;
  const body = new URLSearchParams({ _csrf: process.env.BENCH_CSRF || '', name: `Last ${n}`, email: `bench-${run}-${n}@exempel.se` }).toString();
  return { ...req, body };
};
