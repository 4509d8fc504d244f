// Preloaded into a measured process (`node --import bench/peak-rss.mjs …`): on exit it
// writes the process's peak resident memory, in kilobytes, to LIFT_BENCH_RSS_FILE.
// Only the memory runs load it, so it costs the timed runs nothing.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
    if (process.env.LIFT_BENCH_RSS_FILE) writeFileSync(process.env.LIFT_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
