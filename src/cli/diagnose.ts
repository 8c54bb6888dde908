import { loadCatalog } from '../loader/load-catalog';
import { runDiagnose } from './diagnose-main';

/** `npm run diagnose`: the diagnose command in a clone, against the catalogue on disk, linking to the local site. */
process.exitCode = runDiagnose(process.argv.slice(2), { command: 'npm run diagnose --', catalog: loadCatalog, site: 'http://localhost:4321' });
