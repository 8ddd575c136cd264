// Audits electron/ with Electronegativity and fails on any finding of warning level or above.
// The tool always exits 0, so we read its SARIF. AvailableSecurityFixesGlobalCheck is skipped:
// it needs the network to look up Electron releases.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const cli = require.resolve('@doyensec/electronegativity/dist/index.js');
const out = join(mkdtempSync(join(tmpdir(), 'electronegativity-')), 'report.sarif');
execFileSync(process.execPath, [cli, '-i', 'electron', '-o', out, '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-r'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});

const sarif = JSON.parse(readFileSync(out, 'utf8'));
const results = sarif.runs.flatMap((run) => run.results);
const serious = results.filter((r) => r.level === 'warning' || r.level === 'error');
for (const r of results) {
  const loc = r.locations?.[0]?.physicalLocation;
  console.log(`${r.level.padEnd(7)} ${r.ruleId} ${loc?.artifactLocation?.uri ?? ''}:${loc?.region?.startLine ?? ''} ${r.message.text}`);
}
if (serious.length > 0) {
  console.error(`electronegativity: ${serious.length} finding(s) of warning level or above`);
  process.exit(1);
}
console.log(`electronegativity: ${results.length} note(s), no warnings (each note is answered in README "Electron security checklist")`);
