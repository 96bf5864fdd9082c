import { parseEvent } from '@stenogram/schema';
import { describe, expect, it } from 'vitest';
import { ingest, seedPath, spawnIngest } from './cli.js';

describe('--dry-run', () => {
  it('prints every event as one valid JSON line, the document opening with source-registered', async () => {
    const run = await ingest(['--dry-run', seedPath]);
    expect(run.code).toBe(0);
    const events = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect((events[0] as { type: string }).type).toBe('source-registered');
    expect((events.at(-1) as { type: string }).type).toBe('extraction-completed');
    for (const event of events) expect(parseEvent(event).success).toBe(true);
  });

  it('puts issues on stderr and keeps stdout pure NDJSON', async () => {
    const run = await spawnIngest(['--dry-run', '--name', 'nothing.txt', '-'], '');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/nothing\.txt\): error empty: /);
    for (const line of run.stdout.trim().split('\n'))
      expect(() => JSON.parse(line) as unknown).not.toThrow();
  });
});

describe('usage', () => {
  it('exits 2 with a pointer to --help on a usage error', async () => {
    const run = await spawnIngest(['--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatchInlineSnapshot(`
      "stenogram-ingest: Unknown option '--frobnicate'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- "--frobnicate"
      Try 'stenogram-ingest --help'.
      "
    `);
  });

  it('documents the exit codes in --help', async () => {
    const run = await spawnIngest(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3  database unavailable');
  });
});
