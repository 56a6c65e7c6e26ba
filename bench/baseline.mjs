/* global process */
// The baseline of `npm run bench`: a bare Fastify hello route in its own process, so it shares
// nothing with the app but the machine. Prints its port on the first line of standard output.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => 'hello world');
await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`${app.server.address().port}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
