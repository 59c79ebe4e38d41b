import { describe, expect, it } from 'vitest'
import { OutageLog } from '../../publishing/worker/outageLog'
import { publishFailureMessage } from '../../publishing/worker/publishFailure'
import { isTransientDatabaseError } from '../../publishing/worker/transientError'

const errno = (code: string, message = `${code}: something`) =>
  Object.assign(new Error(message), { code })

describe('isTransientDatabaseError', () => {
  it('knows a database that is down, restarting or busy', () => {
    expect(isTransientDatabaseError(errno('ECONNREFUSED'))).toBe(true)
    expect(isTransientDatabaseError(errno('57P01', 'terminating connection'))).toBe(true)
    expect(isTransientDatabaseError(errno('08006', 'connection failure'))).toBe(true)
    expect(isTransientDatabaseError(new Error('Connection terminated unexpectedly'))).toBe(true)
    expect(isTransientDatabaseError(errno('SQLITE_BUSY', 'database is locked'))).toBe(true)
    const mongo = Object.assign(new Error('x'), { name: 'MongoNetworkError' })
    expect(isTransientDatabaseError(mongo)).toBe(true)
  })
  it('looks through drizzle’s wrapping (cause) and AggregateError', () => {
    const wrapped = new Error('Failed query: select 1', { cause: errno('ECONNRESET') })
    expect(isTransientDatabaseError(wrapped)).toBe(true)
    expect(isTransientDatabaseError(new AggregateError([errno('ECONNREFUSED')]))).toBe(true)
  })
  it('is false for errors of the work itself', () => {
    expect(isTransientDatabaseError(errno('23505', 'duplicate key'))).toBe(false)
    expect(isTransientDatabaseError(errno('ENOSPC'))).toBe(false)
    expect(isTransientDatabaseError(new Error('Данные сайта не прошли проверку'))).toBe(false)
    expect(isTransientDatabaseError(undefined)).toBe(false)
  })
})

describe('OutageLog', () => {
  it('doubles the pause up to the limit and logs the 1st, 2nd, 4th, 8th… failure', () => {
    const outage = new OutageLog(100, 1000)
    const steps = Array.from({ length: 20 }, (_, i) => outage.failed(errno('ECONNREFUSED'), i))
    expect(steps.map((s) => s.delayMs).slice(0, 6)).toEqual([100, 200, 400, 800, 1000, 1000])
    const logged = steps.flatMap((s, i) => (s.line ? [i + 1] : []))
    expect(logged).toEqual([1, 2, 4, 8, 16])
    expect(steps[0]!.line).toMatch(/^database unavailable \(ECONNREFUSED: something\)/)
    expect(outage.succeeded(5000)).toMatch(/working again after 5\.0 s and 20 failed round/)
    expect(outage.succeeded()).toBeUndefined()
    expect(outage.failed(new Error('boom')).delayMs).toBe(100)
  })
  it('names the driver’s error, not the SQL of the failed query', () => {
    const wrapped = new Error('Failed query: update "site_builds" …', {
      cause: errno('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
    })
    expect(new OutageLog(1, 1).failed(wrapped).line).toContain(
      '(connect ECONNREFUSED 127.0.0.1:5432)',
    )
  })
})

describe('OutageLog on a failed batch', () => {
  it('names the database’s reason and SQLSTATE, then the start of the statement', () => {
    const deadlock = errno('40P01', 'deadlock detected')
    const wrapped = new Error(
      `Failed query: update "site_builds" set ${'x, '.repeat(100)}\nparams: 1,2`,
      {
        cause: deadlock,
      },
    )
    const line = new OutageLog(1, 1).failed(wrapped).line!
    expect(line).toMatch(
      /^batch failed: deadlock detected \[40P01\] — Failed query: update "site_builds"/,
    )
    expect(line).not.toContain('params')
    expect(line.length).toBeLessThan(220)
  })

  it('keeps an error without a cause as it is', () => {
    expect(new OutageLog(1, 1).failed(new Error('disk full')).line).toMatch(
      /^batch failed: disk full;/,
    )
  })
})

describe('publishFailureMessage', () => {
  it('says in Russian that the disk is full and the live site is unchanged', () => {
    const message = publishFailureMessage(errno('ENOSPC'), 'Сборка сайта не удалась')
    expect(message).toMatch(
      /^Недостаточно места на диске: сайт не записан, опубликованная версия осталась прежней/,
    )
    expect(message).toMatch(/\(ENOSPC\)$/)
  })
  it('recognizes the code in a message that crossed a thread, and in a cause', () => {
    expect(publishFailureMessage(new Error('ENOSPC: no space left on device, write'), 'x')).toMatch(
      /^Недостаточно места/,
    )
    expect(publishFailureMessage(new Error('wrapped', { cause: errno('EROFS') }), 'x')).toMatch(
      /только для чтения/,
    )
  })
  it('keeps other errors with their prefix and first lines', () => {
    const message = publishFailureMessage(new Error('a\nb\nc\nd\ne\nf\ng\nh'), 'Сборка не удалась')
    expect(message).toBe('Сборка не удалась: a\nb\nc\nd\ne\nf')
  })
})
