import { handleError, main } from './run.js';

// Writing to a closed pipe (`dhad normalize big.txt | head -1`) ends the program quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  handleError(error);
});

// For the tests that check that --jsonl streams and for `npm run bench -- cli`: the peak resident memory
// of the process (all its threads) in kilobytes and the processor time of all its threads in
// milliseconds, as the last line on stderr.
if (process.env.DHAD_DEBUG_MAX_RSS === '1') {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    process.stderr.write(`dhad: debug: max-rss-kb ${usage.maxRSS} cpu-ms ${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}\n`);
  });
}

main(process.argv.slice(2)).catch(handleError);
