import { describe, expect, it } from 'vitest'
import { readDeveloperConfig } from '../../config'
import { childOptionsArgument, readChildOptions } from '../../tools/lib/childOptions'
import { faultWorkerOptions } from '../helpers/faults/faultWorkerOptions'
import { publishRunOptions } from '../../tools/bench/publishRunOptions'

/** argv as Node gives it to a child: the node binary, the script, then the options. */
const argv = (options: string) => ['/usr/bin/node', 'child.ts', options]

describe('options of a spawned child: one JSON argument, one schema per child kind', () => {
  it('travel from parent to child with the defaults of the schema', () => {
    const argument = childOptionsArgument(faultWorkerOptions, { root: '/tmp/r', batch: 5 })
    expect(readChildOptions(faultWorkerOptions, 'fault worker', argv(argument))).toEqual({
      root: '/tmp/r',
      batch: 5,
      leaseMs: 5000,
      buildDelayMs: 0,
    })
  })

  it('a child refuses a missing, malformed or wrong argument, naming itself and the option', () => {
    expect(() => readChildOptions(faultWorkerOptions, 'fault worker', ['node', 'x.ts'])).toThrow(
      /fault worker: expected its options as one JSON argument/,
    )
    expect(() => readChildOptions(faultWorkerOptions, 'fault worker', argv('{root:'))).toThrow(
      /fault worker: expected its options as one JSON argument/,
    )
    expect(() =>
      readChildOptions(faultWorkerOptions, 'fault worker', argv('{"root":"/tmp","batch":0}')),
    ).toThrow(/fault worker: bad options .*batch/)
  })

  it('the parent refuses wrong options before it spawns anything', () => {
    expect(() =>
      childOptionsArgument(publishRunOptions, { orgs: 100, phases: ['full', 'fulll' as 'full'] }),
    ).toThrow()
    expect(() =>
      childOptionsArgument(publishRunOptions, { orgs: Number('1000,10000'), phases: ['full'] }),
    ).toThrow()
  })
})

describe("the test harness's knobs are read through config (developerVariables.ts)", () => {
  it('have their documented defaults, take a value and refuse a typo', () => {
    expect(readDeveloperConfig({})).toMatchObject({
      FEED_SEED: 20261122,
      FAULT_SEED: 13,
      FAULT_LEASE_MS: 3000,
      TEST_CHECK_EVERY: 8,
      CONCURRENCY_SECONDS: 25,
      CONCURRENCY_MAX_WRITES: 150,
      TEST_WAIT_POSTGRES_PORT: 54346,
      TEST_FAULT_POSTGRES_PORT: 54347,
    })
    // Each random test applies its own default seed and length.
    expect(readDeveloperConfig({}).TEST_SEED).toBeUndefined()
    expect(readDeveloperConfig({ TEST_SEED: '7', TEST_STEPS: '3' })).toMatchObject({
      TEST_SEED: 7,
      TEST_STEPS: 3,
    })
    expect(() => readDeveloperConfig({ TEST_STEPS: 'many' })).toThrow(/TEST_STEPS must be/)
    expect(() => readDeveloperConfig({ FAULT_SEED: '-1' })).toThrow(/FAULT_SEED must be/)
  })
})
