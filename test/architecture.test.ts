// The architecture rules check themselves: the project's own checkers (Biome with its plugins, dependency-cruiser,
// knip, tsc), run on a fixture that breaks each rule once, must report every break — so no rule can silently rot
// (a renamed folder, a mistyped pattern, a plugin that stopped loading). `npm test` runs the same checkers on src/.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = fileURLToPath(new URL('./fixtures/architecture/', import.meta.url));
const bin = (name: string) => `${root}node_modules/.bin/${name}`;

/** Runs a checker in the fixture; every checker here must fail there, and its output lists what it found. */
function run(cmd: string, args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      { cwd: fixture, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 16 << 20 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, out: `${stdout}\n${stderr}` });
      },
    );
  });
}

describe('the architecture rules report each violation of the fixture', () => {
  test('dependency-cruiser: an import cycle (type-only included), a domain importing a delivery room, Kysely outside a store, src importing test material', async () => {
    const { code, out } = await run(bin('depcruise'), [
      'src',
      '--config',
      `${root}.dependency-cruiser.cjs`,
      '--output-type',
      'err',
    ]);
    assert.notEqual(code, 0);
    assert.match(out, /no-circular: src\/requests\/cycle-a\.ts/);
    assert.match(out, /domain-not-to-delivery: src\/requests\/imports-delivery\.ts → src\/http\/page\.ts/);
    assert.match(out, /kysely-only-in-stores: src\/requests\/queries\.ts/);
    assert.match(out, /src-not-to-test: src\/requests\/uses-sample\.ts → test\/sample\.ts/);
    assert.doesNotMatch(out, /src\/db\/ok\.ts/, 'src/db/ may use Kysely');
    assert.match(out, /4 dependency violations/);
  });

  test('Biome: process.env outside config.ts, queries and the sql tag outside a store, an unused variable', async () => {
    const { code, out } = await run(bin('biome'), ['lint', '--max-diagnostics=100', '.']);
    assert.notEqual(code, 0);
    assert.match(out, /src\/requests\/reads-env\.ts:1:\d+ plugin[\s\S]*?process\.env is read only in src\/config\.ts/);
    const sqlFindings = out.match(/src\/requests\/queries\.ts:\d+:\d+ plugin/g) ?? [];
    assert.equal(sqlFindings.length, 3, 'the sql import, selectFrom and the sql tag');
    assert.match(out, /src\/requests\/unused\.ts:2:\d+ lint\/correctness\/noUnusedVariables/);
    assert.doesNotMatch(out, /src\/db\/ok\.ts/, 'src/db/ may build SQL');
  });

  test('knip: an export nobody imports', async () => {
    const { code, out } = await run(bin('knip'), ['--no-progress', '--include', 'exports,types,files']);
    assert.notEqual(code, 0);
    assert.match(out, /neverImported\s+src\/requests\/unused\.ts/);
  });

  test('tsc: an unused local (noUnusedLocals)', async () => {
    const { code, out } = await run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
    assert.notEqual(code, 0);
    assert.match(out, /src\/requests\/unused\.ts\(2,9\): error TS6133: 'forgotten'/);
  });
});
