// `npm start`: install if needed, build the web app and the server bundle if needed, then `pontis serve`.
import { ensureInstalled, ensureServerBuilt, ensureWebBuilt, run } from './ensure-installed.mjs';

ensureInstalled();
ensureWebBuilt();
await ensureServerBuilt();
process.exit(run(process.execPath, ['bin/pontis.mjs', 'serve', ...process.argv.slice(2)]));
