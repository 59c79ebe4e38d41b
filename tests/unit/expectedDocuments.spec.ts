import { describe, expect, it } from 'vitest'
import { expectedDocuments, type AckedWrite } from '../helpers/concurrency/editLog'

const ack = (editor: string, op: AckedWrite['op'], at: number, title?: string): AckedWrite => ({
  type: 'ack',
  editor,
  op,
  collection: 'pages',
  id: 113,
  title,
  status: 'published',
  ms: 5,
  at,
})

describe('expectedDocuments (the concurrency test’s model of what must be in the database)', () => {
  it('follows an id that SQLite gave to a new document after the old one was deleted', () => {
    // П2's page 113 is created and deleted; П1 then creates a page that gets id 113 again. The
    // logs are read П1 first, so «the last line» would wrongly be П2's delete.
    const p1 = [ack('П1', 'create', 300, 'Правка П1 №89'), ack('П1', 'edit', 400, 'Правка П1 №90')]
    const p2 = [ack('П2', 'create', 100, 'Правка П2 №3'), ack('П2', 'delete', 200)]
    expect(expectedDocuments([...p1, ...p2]).get('pages/113')?.title).toBe('Правка П1 №90')
  })

  it('still expects a document deleted by its own editor to be gone', () => {
    const p1 = [ack('П1', 'create', 100, 'Правка П1 №1'), ack('П1', 'delete', 200)]
    expect(expectedDocuments(p1).get('pages/113')?.op).toBe('delete')
  })
})
