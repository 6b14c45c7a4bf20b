// Preloaded into every process the benchmark times (node --import): prints, at exit, the process's peak resident
// memory and the CPU time of all its threads (so a run on a busy machine can be told from a slow one).
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const cpu = process.cpuUsage();
  writeSync(2, `\nbench:max-rss=${process.resourceUsage().maxRSS} bench:cpu-us=${cpu.user + cpu.system}\n`);
});
