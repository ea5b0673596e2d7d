import { handleError, main } from './run.js';

// Writing to a closed pipe (`dhad normalize big.txt | head -1`) ends the program quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  handleError(error);
});

main(process.argv.slice(2)).catch(handleError);
