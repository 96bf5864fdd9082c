// Runs stenogram-ingest in this process and reports its peak memory on stderr when it exits, so
// the benchmark measures the command alone, not the benchmark around it.
process.on('exit', () => {
  process.stderr.write(`peak-rss-mb ${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
});
await import('../src/main.js');
