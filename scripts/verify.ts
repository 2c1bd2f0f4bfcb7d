// `npm run verify -- export.json [view link]`: checks an exported result (see verify-command.ts).
import { verifyCommand } from './verify-command.ts';

const { code, lines } = await verifyCommand(process.argv.slice(2));
console.log(lines.join('\n'));
process.exitCode = code;
