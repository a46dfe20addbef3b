// `npm start`: install if needed, build the web app if needed, then `pontis serve`.
import { ensureInstalled, ensureWebBuilt, run } from './ensure-installed.mjs';

ensureInstalled();
ensureWebBuilt();
process.exit(run(process.execPath, ['bin/pontis.mjs', 'serve', ...process.argv.slice(2)]));
