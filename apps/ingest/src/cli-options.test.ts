import { describe, expect, it } from 'vitest';
import { parseCliOptions } from './cli-options.js';
import { UsageError } from './exit-codes.js';

describe('parseCliOptions', () => {
  it('uses DATABASE_URL unless --database-url is given, and the embedded store otherwise', () => {
    expect(parseCliOptions(['a.txt'], { DATABASE_URL: 'postgres://x/y' }).databaseUrl).toBe(
      'postgres://x/y',
    );
    expect(
      parseCliOptions(['--database-url', 'postgres://z', 'a.txt'], { DATABASE_URL: 'postgres://x' })
        .databaseUrl,
    ).toBe('postgres://z');
    const embedded = parseCliOptions(['a.txt'], {});
    expect(embedded.databaseUrl).toBeNull();
    expect(embedded.dataDir).toBe('.stenogram');
  });

  it.each([
    [[], 'no input: give files, directories, globs or - for standard input'],
    [['--bogus', 'a'], "Unknown option '--bogus'"],
    [['--dry-run', '--reextract'], '--dry-run and --reextract cannot be combined'],
    [['--reextract', 'a.txt'], '--reextract takes no files: it re-reads every stored source'],
    [['-', '-'], '"-" (standard input) can be given once'],
    [
      ['--name', 'x.txt', 'a.txt'],
      '--name names the document read from "-", which is not among the inputs',
    ],
    [['--max-bytes', 'lots', 'a.txt'], '--max-bytes must be a positive integer, got "lots"'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliOptions(argv, {})).toThrow(UsageError);
    expect(() => parseCliOptions(argv, {})).toThrow(message);
  });

  it('needs no input for --help', () => {
    expect(parseCliOptions(['--help'], {}).help).toBe(true);
  });
});
