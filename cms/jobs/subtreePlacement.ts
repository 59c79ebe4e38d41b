import type { OrgId } from '../../domain/org/orgGraph'

export interface PlacementNode {
  id: OrgId
  parent: OrgId | null
  networkDomain: string | null
}

export interface Placement {
  ancestors: OrgId[]
  networkRoot: OrgId | null
}

/**
 * Derived placement (ancestors, network root) of every org below `root`, computed top-down from
 * parent pointers, which are the source of truth after a move. Pure; the job writes the result.
 */
export function subtreePlacement(
  root: PlacementNode & Placement,
  descendants: readonly PlacementNode[],
): Map<string, Placement> {
  const children = new Map<string, PlacementNode[]>()
  for (const d of descendants) {
    const key = String(d.parent)
    children.set(key, [...(children.get(key) ?? []), d])
  }
  const result = new Map<string, Placement>()
  const queue: (PlacementNode & Placement)[] = [root]
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!
    for (const child of children.get(String(node.id)) ?? []) {
      if (result.has(String(child.id))) continue
      const placement: Placement = {
        ancestors: [...node.ancestors, node.id],
        networkRoot: node.networkDomain ? node.id : node.networkRoot,
      }
      result.set(String(child.id), placement)
      queue.push({ ...child, ...placement })
    }
  }
  return result
}
